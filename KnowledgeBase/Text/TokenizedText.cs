namespace KnowledgeBase.Text;

/// <summary>A message split into lower-case words with their folded forms.</summary>
public sealed class TokenizedText
{
    public TokenizedText(string text)
    {
        Words = VietnameseText.Words(text ?? "");
        Folded = Words.Select(VietnameseText.Fold).ToArray();
        HasDiacritics = Words.Zip(Folded).Any(pair => pair.First != pair.Second);
    }

    public string[] Words { get; }

    public string[] Folded { get; }

    public int Count => Words.Length;

    /// <summary>Whether any word was typed with diacritics: then a word is compared as typed, else folded.</summary>
    public bool HasDiacritics { get; }
}
