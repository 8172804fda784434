using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeBase.Evaluation;

namespace Bot.Evaluation;

/// <summary>One conversation of an answer set: what the citizen says, turn by turn, and what each reply must do.</summary>
public sealed record AnswerConversation(string Id, IReadOnlyList<AnswerTurn> Turns);

/// <summary>
/// One message and what its reply must do: answer one of <see cref="Codes"/> stating every fact in
/// <see cref="Facts"/>, decline (out of scope), or reply to small talk.
/// </summary>
public sealed record AnswerTurn(string Say, IReadOnlyList<string> Codes, IReadOnlyList<ExpectedFact> Facts, bool OutOfScope, bool SmallTalk);

/// <summary>A fact the reply must state: present when any pattern matches the reply folded (lower case, no diacritics).</summary>
public sealed record ExpectedFact(string Aspect, IReadOnlyList<Regex> Any);

/// <summary>
/// Reads answer sets (JSON Lines): <c>{"id", "turns": [{"say", "codes", "facts": [{"aspect", "any"}], "outOfScope",
/// "smallTalk"}]}</c>, or a retrieval question <c>{"question", "gold_codes"}</c> as a one-turn conversation without
/// facts (the portal FAQ, the retrieval dev set).
/// </summary>
public static class AnswerSetReader
{
    public static IReadOnlyList<AnswerConversation> ReadFile(string path)
    {
        var conversations = new List<AnswerConversation>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                conversations.Add(Parse(line, number));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
            {
                throw new DevSetFormatException(path, number, ex.Message, ex);
            }
        }

        return conversations;
    }

    private static AnswerConversation Parse(string line, int number)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        if (root.TryGetProperty("question", out var question))
        {
            var codes = Strings(root.GetProperty("gold_codes"));
            return new($"line-{number}", [new AnswerTurn(question.GetString()!, codes, [], codes.Length == 0, false)]);
        }

        var turns = root.GetProperty("turns").EnumerateArray().Select(t => new AnswerTurn(
            t.GetProperty("say").GetString()!,
            t.TryGetProperty("codes", out var c) ? Strings(c) : [],
            t.TryGetProperty("facts", out var f)
                ? f.EnumerateArray().Select(x => new ExpectedFact(
                    x.GetProperty("aspect").GetString()!,
                    Strings(x.GetProperty("any")).Select(p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).ToArray())).ToArray()
                : [],
            t.TryGetProperty("outOfScope", out var o) && o.GetBoolean(),
            t.TryGetProperty("smallTalk", out var s) && s.GetBoolean())).ToArray();
        return new(root.TryGetProperty("id", out var id) ? id.GetString()! : $"line-{number}", turns);
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();
}
