using KnowledgeBase.Matching;
using KnowledgeBase.Text;

namespace Bot.Conversation;

/// <summary>
/// Papers the citizen asks whether to bring ("có phải mang theo căn cước không") are papers, not a new topic: the
/// words after "mang theo", "cầm theo", "kèm theo", "xuất trình", up to "hay", "hoặc", "và", "không" or the end, are
/// left out when deciding whether a follow-up names another procedure.
/// </summary>
internal static class BroughtPapers
{
    private static readonly string[][] Verbs = [["mang", "theo"], ["cam", "theo"], ["kem", "theo"], ["xuat", "trinh"], ["mang"]];
    private static readonly HashSet<string> Stops = new(["hay", "hoac", "va", "khong", "ko", "k", "thi", "de", "con", "lam"], StringComparer.Ordinal);

    /// <summary><paramref name="request"/> without the papers to bring; the same instance when it mentions none.</summary>
    public static MatchRequest Without(MatchRequest request)
    {
        var text = new TokenizedText(request.SearchText);
        var keep = new bool[text.Count];
        Array.Fill(keep, true);
        var found = false;
        for (var i = 0; i < text.Count; i++)
        {
            var verb = Verbs.FirstOrDefault(v => i + v.Length <= text.Count && v.Select((w, k) => text.Folded[i + k] == w).All(x => x));
            if (verb is null)
            {
                continue;
            }

            for (var j = i + verb.Length; j < text.Count && !Stops.Contains(text.Folded[j]); j++)
            {
                keep[j] = false;
                found = true;
            }
        }

        if (!found)
        {
            return request;
        }

        var removed = new HashSet<string>(text.Words.Where((_, i) => !keep[i]), StringComparer.Ordinal);
        return request with
        {
            SearchText = string.Join(' ', text.Words.Where((_, i) => keep[i])),
            TopicWords = request.TopicWords.Where(w => !removed.Contains(w)).ToList(),
        };
    }
}
