namespace KnowledgeBase.Text;

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
