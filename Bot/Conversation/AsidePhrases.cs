using KnowledgeBase.Matching;
using KnowledgeBase.Text;

namespace Bot.Conversation;

/// <summary>
/// Words of a follow-up that name something beside the topic, not a new topic, left out when deciding whether the
/// message names another procedure:
/// - papers the citizen asks whether to bring ("có phải mang theo căn cước không"): after "mang theo", "cầm theo",
///   "kèm theo", "xuất trình", up to "hay", "hoặc", "và", "không" or the end;
/// - what the citizen compares with ("lệ phí có được giảm 50% như làm căn cước không"): after "như", "giống", up to
///   "không", "hay" or the end ("như thế nào", "như vậy" compare with nothing);
/// - where the citizen would have to go ("hay phải ra văn phòng công chứng", "có phải lên công an không"): after
///   "phải ra", "phải đến", "phải lên", "đi đến", up to "hay", "không", "thì", "làm" or the end.
/// </summary>
internal static class AsidePhrases
{
    private static readonly ((string Word, string Folded)[][] Leads, HashSet<string> Stops, HashSet<string> NotAfter)[] Rules =
    [
        (Leads(["mang", "theo"], ["cầm", "theo"], ["kèm", "theo"], ["xuất", "trình"], ["mang"]),
            new(["hay", "hoac", "va", "khong", "ko", "k", "thi", "de", "con", "lam"], StringComparer.Ordinal), []),
        (Leads(["giống", "như"], ["như"], ["giống"]),
            new(["hay", "hoac", "khong", "ko", "k", "thi", "de", "con"], StringComparer.Ordinal),
            new(["the", "vay", "nao", "sau", "tren", "duoi", "nhau"], StringComparer.Ordinal)),
        (Leads(["phải", "ra"], ["phải", "đến"], ["phải", "tới"], ["phải", "lên"], ["đi", "ra"], ["đi", "đến"]),
            new(["hay", "hoac", "khong", "ko", "k", "thi", "de", "con", "lam", "nop"], StringComparer.Ordinal), []),
    ];

    /// <summary><paramref name="request"/> without the words aside; the same instance when it has none.</summary>
    public static MatchRequest Without(MatchRequest request)
    {
        var text = new TokenizedText(request.SearchText);
        var keep = Kept(text, out var found);
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

    /// <summary>Which words of <paramref name="text"/> are outside every aside; <paramref name="found"/> says whether any is inside one.</summary>
    public static bool[] Kept(TokenizedText text, out bool found)
    {
        ArgumentNullException.ThrowIfNull(text);
        var keep = new bool[text.Count];
        Array.Fill(keep, true);
        found = false;
        foreach (var (leads, stops, notAfter) in Rules)
        {
            for (var i = 0; i < text.Count; i++)
            {
                var lead = LeadAt(leads, text, i);
                if (lead is null || (i + lead.Length < text.Count && notAfter.Contains(text.Folded[i + lead.Length])))
                {
                    continue;
                }

                for (var j = i + lead.Length; j < text.Count && !stops.Contains(text.Folded[j]); j++)
                {
                    keep[j] = false;
                    found = true;
                }
            }
        }

        return keep;
    }

    /// <summary>
    /// The first of <paramref name="leads"/> spelled at <paramref name="at"/>, or null. Typed with accents, a word must
    /// be the lead's own ("tôi" is not "tới"); typed without, its folded form will do. Loops, not LINQ: this runs for
    /// every word and rule of every follow-up check, and the iterators and closures were most of what that check allocated.
    /// </summary>
    private static (string Word, string Folded)[]? LeadAt((string Word, string Folded)[][] leads, TokenizedText text, int at)
    {
        foreach (var lead in leads)
        {
            if (at + lead.Length > text.Count)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < lead.Length && matches; k++)
            {
                var typed = text.Words[at + k];
                var folded = text.Folded[at + k];
                matches = typed == folded ? folded == lead[k].Folded : typed == lead[k].Word;
            }

            if (matches)
            {
                return lead;
            }
        }

        return null;
    }

    private static (string Word, string Folded)[][] Leads(params string[][] leads) =>
        leads.Select(l => l.Select(w => (w, VietnameseText.Fold(w))).ToArray()).ToArray();
}
