namespace KnowledgeBase.Procedures;

/// <summary>
/// Records that are one procedure for a citizen: the same procedure at several levels ("… (thực hiện tại cấp
/// tỉnh)", "… (cấp trung ương)") or as an online-only and an in-person variant. Computed when the index is built.
/// </summary>
/// <param name="Key">The folded name the members share, without level and channel wording.</param>
/// <param name="Members">Every member, the one a Hanoi resident files with first (see <see cref="ProcedureLevels.CitizenRank"/>).</param>
public sealed record ProcedureFamily(string Key, IReadOnlyList<FamilyMember> Members)
{
    /// <summary>The member a citizen uses unless they ask for another level.</summary>
    public string PreferredCode => Members[0].Code;
}

/// <summary>One record of a family: its code, the level it is performed at, and whether it is the online-only variant.</summary>
public sealed record FamilyMember(string Code, string Level, bool OnlineOnly);
