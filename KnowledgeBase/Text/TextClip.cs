namespace KnowledgeBase.Text;

/// <summary>Shortens text for a chat reply: at a word boundary, with an ellipsis, never in the middle of a word when avoidable.</summary>
public static class TextClip
{
    public static string Clip(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var space = text.LastIndexOf(' ', max - 1);
        return text[..(space > max / 2 ? space : max - 1)].TrimEnd(',', ';', ':', ' ', '…', '.') + "…";
    }
}
