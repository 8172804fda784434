namespace Bot.Conversation;

/// <summary>
/// Finds known phrases in a citizen's words, longest first. A word typed with diacritics must match exactly
/// ("mất" is not "mật"); a word typed without them matches the folded form ("mat" matches both), which is
/// how people type on phones without a Vietnamese keyboard.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly (string[] Words, string[] Folded, T Tag)[] _phrases;
    private readonly bool _foldSingleWords;

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
    }

    /// <summary>Marks matched word positions in <paramref name="consumed"/> and returns the tags found, in order of length.</summary>
    public List<T> Match(TokenizedText text, bool[] consumed)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(consumed);
        var found = new List<T>();
        foreach (var (words, folded, tag) in _phrases)
        {
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

/// <summary>A message split into lower-case words with their folded forms.</summary>
public sealed class TokenizedText
{
    public TokenizedText(string text)
    {
        Words = VietnameseText.Words(text ?? "");
        Folded = Words.Select(VietnameseText.Fold).ToArray();
    }

    public string[] Words { get; }

    public string[] Folded { get; }

    public int Count => Words.Length;
}
