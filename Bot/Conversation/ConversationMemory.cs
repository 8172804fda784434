using Bot.Infrastructure;

namespace Bot.Conversation;

/// <summary>Per-conversation state kept in <c>IStorage</c>: the procedure under discussion and a pending choice.</summary>
public sealed class ConversationMemory : IStateSnapshot
{
    public const int MaxHistory = 6;

    /// <summary>Code of the procedure follow-ups refer to.</summary>
    public string? CurrentCode { get; set; }

    /// <summary>Codes offered in the last "which one?" question; empty when nothing is pending.</summary>
    public List<string> PendingChoices { get; set; } = [];

    /// <summary>The aspects asked before the clarification, answered once the citizen chooses.</summary>
    public List<string> PendingAspectList { get; set; } = [];

    /// <summary>The question that produced the last substantive answer, for feedback records.</summary>
    public string? LastQuestion { get; set; }

    public string? LastAnswerCode { get; set; }

    public string? LastAspect { get; set; }

    /// <summary>Every aspect of the last answer, so a level chosen afterwards ("cấp tỉnh") answers the same question.</summary>
    public List<string> LastAspectList { get; set; } = [];

    public string? LastAnswerPath { get; set; }

    /// <summary>Procedures answered in this conversation, most recent last: "quay lại chuyện căn cước" means the one discussed.</summary>
    public List<string> AnsweredCodes { get; set; } = [];

    /// <summary>Recent turns, oldest first, for the optional LLM path.</summary>
    public List<HistoryTurn> History { get; set; } = [];

    public object Snapshot() => new ConversationMemory
    {
        CurrentCode = CurrentCode,
        PendingChoices = [.. PendingChoices],
        PendingAspectList = [.. PendingAspectList],
        LastQuestion = LastQuestion,
        LastAnswerCode = LastAnswerCode,
        LastAspect = LastAspect,
        LastAspectList = [.. LastAspectList],
        LastAnswerPath = LastAnswerPath,
        AnsweredCodes = [.. AnsweredCodes],
        History = History.Select(h => new HistoryTurn { Role = h.Role, Text = h.Text }).ToList(),
    };

    public IReadOnlyList<Aspect> PendingAspects() => Parse(PendingAspectList);

    public IReadOnlyList<Aspect> LastAspects() => Parse(LastAspectList);

    private static Aspect[] Parse(List<string> names) =>
        names.Select(n => Enum.TryParse<Aspect>(n, out var aspect) ? aspect : (Aspect?)null).OfType<Aspect>().ToArray();

    public void RememberAnswered(string code)
    {
        AnsweredCodes.Remove(code);
        AnsweredCodes.Add(code);
        if (AnsweredCodes.Count > MaxHistory)
        {
            AnsweredCodes.RemoveAt(0);
        }
    }

    public void Remember(string role, string text)
    {
        History.Add(new HistoryTurn { Role = role, Text = text.Length > 400 ? text[..400] : text });
        if (History.Count > MaxHistory)
        {
            History.RemoveRange(0, History.Count - MaxHistory);
        }
    }
}

public sealed class HistoryTurn
{
    public string Role { get; set; } = "";

    public string Text { get; set; } = "";
}

/// <summary>Per-user state: procedures the citizen chose when asked "which one?", so the same question is not asked twice.</summary>
public sealed class UserMemory : IStateSnapshot
{
    public const int MaxChoices = 20;

    public List<string> ChosenCodes { get; set; } = [];

    public object Snapshot() => new UserMemory { ChosenCodes = [.. ChosenCodes] };

    public void RememberChoice(string code)
    {
        ChosenCodes.Remove(code);
        ChosenCodes.Add(code);
        if (ChosenCodes.Count > MaxChoices)
        {
            ChosenCodes.RemoveAt(0);
        }
    }
}
