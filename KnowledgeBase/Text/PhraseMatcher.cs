namespace KnowledgeBase.Text;

/// <summary>
/// Finds known phrases in a citizen's words, longest first. A word typed with diacritics must match exactly
/// ("mất" is not "mật"); a word typed without them matches the folded form ("mat" matches both), which is
/// how people type on phones without a Vietnamese keyboard.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly (string[] Words, string[] Folded, T Tag)[] _phrases;
    private readonly bool _foldSingleWords;

    // Phrase positions in _phrases by their first folded word: a phrase can only match where its first word does,
    // so a message is checked against the few phrases that share one of its words, not the whole list.
    private readonly Dictionary<string, int[]> _byFirstWord;

    /// <param name="phrases">Phrases written with diacritics.</param>
    /// <param name="foldSingleWords">
    /// False where a one-word phrase typed without accents would collide with common words
    /// ("đảng" folds to "dang" as in "dang ky"); multi-word phrases always match folded.
    /// </param>
    public PhraseMatcher(IEnumerable<(string Phrase, T Tag)> phrases, bool foldSingleWords = true)
    {
        _foldSingleWords = foldSingleWords;
        ArgumentNullException.ThrowIfNull(phrases);
        _phrases = phrases
            .Select(p => (Words: VietnameseText.Words(p.Phrase), p.Tag))
            .Where(p => p.Words.Length > 0)
            .Select(p => (p.Words, p.Words.Select(VietnameseText.Fold).ToArray(), p.Tag))
            .OrderByDescending(p => p.Item1.Length)
            .ToArray();
        _byFirstWord = _phrases
            .Select((p, index) => (First: p.Folded[0], Index: index))
            .GroupBy(p => p.First, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Index).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Marks matched word positions in <paramref name="consumed"/> and returns the tags found, in order of length.</summary>
    public List<T> Match(TokenizedText text, bool[] consumed) => Match(text, consumed, null);

    /// <summary>As <see cref="Match(TokenizedText, bool[])"/>, also recording where each match starts.</summary>
    public List<T> Match(TokenizedText text, bool[] consumed, List<(T Tag, int Start)>? positions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(consumed);
        var found = new List<T>();
        var candidates = new List<int>();
        foreach (var word in text.Folded)
        {
            if (_byFirstWord.TryGetValue(word, out var indices))
            {
                candidates.AddRange(indices);
            }
        }

        // In the list's order (longest first), exactly as if every phrase were tried.
        candidates.Sort();
        for (var c = 0; c < candidates.Count; c++)
        {
            if (c > 0 && candidates[c] == candidates[c - 1])
            {
                continue;
            }

            var (words, folded, tag) = _phrases[candidates[c]];
            for (var start = 0; start + words.Length <= text.Count; start++)
            {
                if (!Matches(text, consumed, start, words, folded, _foldSingleWords || words.Length > 1))
                {
                    continue;
                }

                for (var i = 0; i < words.Length; i++)
                {
                    consumed[start + i] = true;
                }

                found.Add(tag);
                positions?.Add((tag, start));
            }
        }

        return found;
    }

    public bool Contains(TokenizedText text) => Match(text, new bool[text.Count]).Count > 0;

    private static bool Matches(TokenizedText text, bool[] consumed, int start, string[] words, string[] folded, bool fold)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var at = start + i;
            var matches = fold ? WordMatches(text.Words[at], text.Folded[at], words[i], folded[i]) : text.Words[at] == words[i];
            if (consumed[at] || !matches)
            {
                return false;
            }
        }

        return true;
    }

    internal static bool WordMatches(string word, string wordFolded, string phraseWord, string phraseFolded) =>
        word == wordFolded ? wordFolded == phraseFolded : word == phraseWord;
}
