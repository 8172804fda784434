namespace KnowledgeBase.Text;

/// <summary>
/// Folded words that ask rather than say ("có", "được", "không", "thì", "sao") and the pronouns around them ("tôi",
/// "em"): every sentence of a record may hold them, so they tell none of its parts apart.
/// </summary>
public static class AskingWords
{
    public static readonly IReadOnlySet<string> Folded = new HashSet<string>(
        ["co", "duoc", "khong", "ko", "k", "thi", "sao", "nao", "gi", "lam", "can", "phai", "nhu", "neu", "vay", "a", "nhe", "oi", "toi", "minh", "em", "anh", "chi", "ban"],
        StringComparer.Ordinal);
}
