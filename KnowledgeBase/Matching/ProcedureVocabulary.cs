using System.Runtime.CompilerServices;
using KnowledgeBase.Indexing;
using KnowledgeBase.Procedures;
using KnowledgeBase.Text;

namespace KnowledgeBase.Matching;

/// <summary>
/// The words of a procedure's name, aliases and field as the resolver compares them with a question, worked out
/// once per procedure instead of on every turn. Keyed by the procedure instance, so a rebuilt index (new instances)
/// gets fresh entries and the old ones are collected with the old build.
/// </summary>
internal sealed class ProcedureVocabulary
{
    private static readonly ConditionalWeakTable<Procedure, ProcedureVocabulary> Cache = [];

    // A head shorter than this is the whole name: "Cấp … khi" cut earlier would leave only the action.
    private const int MinHeadWords = 4;

    private ProcedureVocabulary(Procedure procedure)
    {
        string[] names = [procedure.Name, .. procedure.Aliases, .. NameExpansions(procedure.Name)];
        // The field's abbreviations spelled out too: "Thực hiện chính sách BHXH" makes every social insurance record
        // "bảo hiểm xã hội", so a question saying "bhxh" tells none of them apart by it.
        var field = procedure.Field ?? "";
        var text = new TokenizedText(string.Join(' ', [.. names, field, .. NameExpansions(field)]));
        Words = new HashSet<string>(text.Words, StringComparer.Ordinal);
        Folded = new HashSet<string>(text.Folded, StringComparer.Ordinal);
        Pairs = new HashSet<string>(names.SelectMany(n => AdjacentPairs(new TokenizedText(n).Folded)), StringComparer.Ordinal);
        FamilyName = FamilyGrouping.KeyOf(procedure.Name);
        FamilyWords = FamilyName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Reissues = FamilyName.Contains("cap lai", StringComparison.Ordinal);
        NamesACase = (" " + FamilyName + " ").Contains(" truong hop ", StringComparison.Ordinal);
        var opened = MatchLexicon.GenericOpenings.FirstOrDefault(o => FamilyName.StartsWith(o, StringComparison.Ordinal)) is { } generic
            ? FamilyName[generic.Length..]
            : FamilyName;
        SideActCues = MatchLexicon.SideActs.FirstOrDefault(a => (opened + " ").StartsWith(a.Act + " ", StringComparison.Ordinal)).Cues;
        // Only a case the name opens with, before any bracket or second part: "Cấp …; Cấp lại … (trong trường hợp thay
        // đổi …)" is first of all the first issue, whose case is none.
        var end = procedure.Name.IndexOfAny(['(', ';']);
        var opening = new TokenizedText(end > 0 ? procedure.Name[..end] : procedure.Name).Folded;
        var openingCase = Array.FindIndex(opening, w => w == "truong");
        while (openingCase >= 0 && !(openingCase + 1 < opening.Length && opening[openingCase + 1] == "hop"))
        {
            openingCase = Array.FindIndex(opening, openingCase + 1, w => w == "truong");
        }

        OpeningCase = openingCase >= 0 ? opening[(openingCase + 2)..] : null;
        Distinctive = FamilyWords.Where(w => !MatchLexicon.WeakFolded.Contains(w)).ToArray();
        var bracket = procedure.Name.IndexOf('(', StringComparison.Ordinal);
        var head = bracket > 0 ? FamilyGrouping.KeyOf(procedure.Name[..bracket]).Split(' ', StringSplitOptions.RemoveEmptyEntries) : FamilyWords;
        // "… trường hợp …", "… khi …": the case the record is for starts there.
        var caseAt = MinHeadWords;
        while (caseAt < head.Count && head[caseAt] != "khi" && !(head[caseAt] == "truong" && caseAt + 1 < head.Count && head[caseAt + 1] == "hop"))
        {
            caseAt++;
        }

        HeadWords = caseAt < head.Count ? head.Take(caseAt).ToArray() : head;
        ThingWords = PlaceDone.FirstOrDefault(p => FamilyName.EndsWith(" " + p, StringComparison.Ordinal)) is { } place
            ? FamilyWords.Take(FamilyWords.Count - place.Split(' ').Length).ToArray()
            : FamilyWords;
        var listed = procedure.Name.IndexOfAny([',', ';']);
        FirstListedWords = listed > 0 ? FamilyGrouping.KeyOf(procedure.Name[..listed]).Split(' ', StringSplitOptions.RemoveEmptyEntries) : FamilyWords;
        AliasWords = procedure.Aliases.Select(a => new TokenizedText(a).Folded).ToArray();
        var spelled = new TokenizedText(procedure.Name);
        NameLinkWords = new HashSet<string>(spelled.Words.Zip(spelled.Folded).Where(w => MatchLexicon.IsLink(w.First, w.Second)).Select(w => w.Second), StringComparer.Ordinal);
    }

    /// <summary>Lower-cased words with diacritics of the name, aliases and field.</summary>
    public HashSet<string> Words { get; }

    /// <summary>The same words folded.</summary>
    public HashSet<string> Folded { get; }

    /// <summary>Adjacent folded word pairs ("tam thoi") of the name, each alias and the abbreviations' expansions.</summary>
    public HashSet<string> Pairs { get; }

    /// <summary>The name without "Thủ tục", level and channel wording, folded (<see cref="FamilyGrouping.KeyOf"/>).</summary>
    public string FamilyName { get; }

    public IReadOnlyList<string> FamilyWords { get; }

    /// <summary>Whether the name re-issues a paper ("Cấp lại …", "Cấp, cấp lại …").</summary>
    public bool Reissues { get; }

    /// <summary>The cues of the side act the name opens with (<see cref="MatchLexicon.SideActs"/>); null when none.</summary>
    public IReadOnlyList<string>? SideActCues { get; }

    /// <summary>Whether the family name says "trường hợp" anywhere: the record is for a case.</summary>
    public bool NamesACase { get; }

    /// <summary>
    /// The folded words after "trường hợp" when the name's first part opens with its case ("Miễn, giảm trong các trường
    /// hợp bất khả kháng, thiên tai …"); null when it does not.
    /// </summary>
    public IReadOnlyList<string>? OpeningCase { get; }

    /// <summary>
    /// The family name's words before its first bracket or its case ("trường hợp …", "khi …"): what the procedure does
    /// to what ("Cấp lại giấy phép xây dựng đối với công trình cấp III, cấp IV"), without the list of works or the case.
    /// </summary>
    public IReadOnlyList<string> HeadWords { get; }

    /// <summary>
    /// The family name's words without where the procedure is done when the name ends with it ("Thôi quốc tịch Việt
    /// Nam ở trong nước"): a citizen asks for the thing and tells where they live as their situation.
    /// </summary>
    public IReadOnlyList<string> ThingWords { get; }

    /// <summary>The family name's words before its first comma or semicolon: the first thing a name that lists several is about.</summary>
    public IReadOnlyList<string> FirstListedWords { get; }

    // Folded: "ở trong nước", "ở nước ngoài".
    private static readonly string[] PlaceDone = ["o trong nuoc", "o nuoc ngoai"];

    /// <summary>The family name's folded words that are not weak (see <see cref="MatchLexicon.WeakNameWords"/>).</summary>
    public IReadOnlyList<string> Distinctive { get; }

    /// <summary>
    /// The distinctive words without link words, as a set: what two names must share to be one matter for different
    /// applicants. Built on first use: few records are ever compared that way.
    /// </summary>
    public IReadOnlySet<string> SubstanceWords =>
        _substanceWords ??= Distinctive.Where(w => !MatchLexicon.LinkWords.Contains(w)).ToHashSet(StringComparer.Ordinal);

    private HashSet<string>? _substanceWords;

    /// <summary>
    /// The name's link words ("cho", "của", "từ"), folded, as the name spells them: "tử" of "chế độ tử tuất" folds to
    /// the link word "từ" and is not one.
    /// </summary>
    public HashSet<string> NameLinkWords { get; }

    /// <summary>Each alias's folded words.</summary>
    public IReadOnlyList<string[]> AliasWords { get; }

    private static IEnumerable<string> AdjacentPairs(string[] words)
    {
        for (var i = 0; i + 1 < words.Length; i++)
        {
            yield return words[i] + " " + words[i + 1];
        }
    }

    /// <summary>What the abbreviations in a name stand for: a citizen says "tai nạn lao động", the name says "TNLĐ".</summary>
    private static IEnumerable<string> NameExpansions(string name)
    {
        var words = new TokenizedText(name).Folded;
        return MatchLexicon.Abbreviations
            .Where(a => !a.Short.Contains(' ', StringComparison.Ordinal) && words.Contains(VietnameseText.Fold(a.Short)))
            .Select(a => a.Long);
    }

    // A static factory: this runs for every hit of every turn, and a capturing lambda would allocate each time.
    public static ProcedureVocabulary Of(Procedure procedure) => Cache.GetValue(procedure, static p => new ProcedureVocabulary(p));
}
