using System.Collections.Frozen;

namespace KnowledgeBase.Search;

/// <summary>
/// The words catalogue names use to say what is done to their object ("Cấp mới", "Cấp lại", "Đăng ký", "Gia hạn"…),
/// folded. One list for the name keys (<see cref="PhraseKeys.ObjectsOf"/>) and the name refinements
/// (<see cref="NameRefinements"/>).
/// </summary>
internal static class ActionWords
{
    /// <summary>Words that name first issuance: the reading of a question that names no other kind.</summary>
    public static readonly FrozenSet<string> FirstIssuance = new[] { "moi", "lan", "dau" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Words that turn a procedure into another action on the same thing (re-issue, exchange, withdrawal, removal,
    /// cancellation, extension, adjustment, revocation, correction, supplement), with their spellings: folded, "lại" is
    /// also "lái" (lái xe), "đổi" "đối" (đối với), "hạn" "hàn" (Hàn Quốc), so a question typed with diacritics is read
    /// with them.
    /// </summary>
    public static readonly FrozenDictionary<string, string[]> OtherActionSpellings = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["lai"] = ["lại"], ["doi"] = ["đổi"], ["rut"] = ["rút"], ["xoa"] = ["xóa", "xoá"], ["huy"] = ["hủy", "huỷ"],
        ["gia"] = ["gia"], ["han"] = ["hạn"], ["dieu"] = ["điều"], ["chinh"] = ["chỉnh", "chính"], ["thu"] = ["thu"],
        ["hoi"] = ["hồi"], ["dinh"] = ["đính"], ["bo"] = ["bổ"], ["sung"] = ["sung"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenSet<string> OtherActions = OtherActionSpellings.Keys.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words a name may start with before its object: issuing ("cấp", "đăng ký"), first issuance, other actions.</summary>
    public static readonly FrozenSet<string> Leading = new[] { "cap", "dang", "ky" }.Concat(FirstIssuance).Concat(OtherActions).ToFrozenSet(StringComparer.Ordinal);
}
