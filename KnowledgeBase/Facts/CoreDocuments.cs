using System.Text.RegularExpressions;
using KnowledgeBase.Indexing;
using KnowledgeBase.Matching;
using KnowledgeBase.Procedures;
using KnowledgeBase.Text;

namespace KnowledgeBase.Facts;

/// <summary>
/// The papers of a procedure's main case, each as the name of the paper rather than a paragraph of law, and the other
/// cases by their titles. Notes the portal lists as papers ("— 0 bản chính"), examples ("Ví dụ:"), "Lưu ý" groups and
/// the crawl's mangled template file names are left out.
/// </summary>
public sealed partial record CoreDocuments(IReadOnlyList<string> Papers, IReadOnlyList<string> OtherCases)
{
    /// <summary>Papers needed only in some situations ("Văn bản ủy quyền … trong trường hợp ủy quyền"), after the main ones.</summary>
    public IReadOnlyList<string> SometimesNeeded { get; init; } = [];

    /// <summary>When every group is a case ("Đăng ký thường trú vào chỗ ở hợp pháp thuộc quyền sở hữu của mình"), the first one, whose papers are listed.</summary>
    public string? MainCase { get; init; }

    public const int MaxPapers = 6;
    private const int MaxPaperLength = 100;
    private const int MaxCaseLength = 70;

    public static readonly CoreDocuments None = new([], []);

    /// <param name="procedure">The procedure whose documents section is read.</param>
    /// <param name="situation">
    /// What the citizen wrote, when known: a case whose title they describe ("xây nhà ở" for "công trình nhà ở riêng
    /// lẻ") is the main case, instead of the one that reads most like a whole file.
    /// </param>
    public static CoreDocuments Of(Procedure procedure, string? situation = null)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var section = procedure.GetSection(SectionKind.Documents);
        if (section is null)
        {
            return None;
        }

        // Rows of the imported table carry a quantity ("— 1 bản chính"); the importer writes notes without one.
        var quantities = section.Items.Any(i => i.Contains(" — ", StringComparison.Ordinal) && QuantityWord().IsMatch(i));
        var main = new List<(string Name, bool Conditional)>();
        // "con em 8 tuổi": of a form's versions by age the child's, and the papers only a child brings are main papers.
        var age = situation is null ? null : AgeLimits.StatedAge(situation);
        var cases = new List<string>();
        var caseGroups = new List<(string Title, List<string> Items)>();
        var caseItems = new List<(string Title, string Paper, bool Labelled)>();
        foreach (var group in Classified(section.Markdown))
        {
            if (group.CaseTitle is { } caseTitle)
            {
                cases.Add(Clip(caseTitle, MaxCaseLength));
                caseGroups.Add((caseTitle, group.Items));
                continue;
            }

            // "Ngoài giấy tờ nêu trên, tùy từng trường hợp, … phải nộp giấy tờ tương ứng sau đây": what follows is needed
            // only in some cases, and the line itself is no paper.
            var inCases = false;
            foreach (var listed in AlternativePapers.Folded(group.Items).OrderBy(PaperNumber))
            {
                var item = age is { } years ? ForAge(listed, years) : listed;
                if (item is not null && CaseItem(item) is { } caseItem)
                {
                    // "1.4. Lao động nam … khi vợ sinh con hồ sơ là bản sao giấy khai sinh …": a case and its paper.
                    caseItems.Add(caseItem);
                    continue;
                }

                if (item is not null && Paper(item, quantities) is { } paper)
                {
                    var folded = VietnameseText.Fold(paper);
                    if (CasesFollow().IsMatch(folded))
                    {
                        inCases = true;
                        continue;
                    }

                    if (CaseStart().IsMatch(folded))
                    {
                        continue;
                    }

                    main.Add((paper, (inCases || IsConditional(item)) && !(age is not null && AgeLimits.Limits(FirstSentence(item)))));
                }
            }
        }

        string? mainCase = null;
        if (caseItems.Count > 0)
        {
            // The case the citizen describes ("vợ em sắp sinh" → "… khi vợ sinh con") gives the main paper; the others
            // are named as cases. Told nothing, the first case stands for the file when nothing else does.
            // Items labelled "Trường hợp …:" beside ordinary papers are the special cases a list always had (left out
            // as before); only a file made of them names them.
            var described = DescribedItemOf(procedure, caseItems, situation);
            var onlyCases = main.Count == 0;
            var chosen = described >= 0 ? described : onlyCases ? 0 : -1;
            if (chosen >= 0)
            {
                mainCase = Clip(caseItems[chosen].Title, MaxCaseLength);
                main.Insert(0, (caseItems[chosen].Paper, false));
            }

            cases.InsertRange(0, caseItems.Where((c, i) => i != chosen && (!c.Labelled || onlyCases)).Select(c => Clip(c.Title, MaxCaseLength)));
        }

        if (main.Count == 0 && caseGroups.Count > 0)
        {
            // Every group is a case. The crawl sometimes shifts titles against their lists, so the main case is the
            // group that reads like a whole file: an application or declaration form, few "Đối với …" items.
            // A group titled with the procedure's own name ("Đăng ký thành lập công ty TNHH một thành viên", after the
            // special cases) is the main case whatever its papers.
            var ownName = FamilyGrouping.KeyOf(procedure.Name);
            var described = DescribedCaseOf(procedure, situation);
            var best = caseGroups
                .Select((g, i) => (Group: g, Index: i, Score: i == described ? int.MaxValue : FamilyGrouping.KeyOf(g.Title) == ownName ? int.MaxValue - 1 : Score(g.Items)))
                .OrderByDescending(g => g.Score).ThenBy(g => g.Index).First();
            mainCase = Clip(best.Group.Title, MaxCaseLength);
            main.AddRange(AlternativePapers.Folded(best.Group.Items).Select(i => (Paper: Paper(i, quantities), Conditional: IsConditional(i)))
                .Where(p => p.Paper is not null && !CaseStart().IsMatch(VietnameseText.Fold(p.Paper)))
                .Select(p => (p.Paper!, p.Conditional)));
            cases.Remove(mainCase);
        }

        var papers = main.Where(p => !p.Conditional).Select(p => p.Name).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxPapers).ToArray();
        var sometimes = main.Where(p => p.Conditional).Select(p => p.Name).Distinct(StringComparer.OrdinalIgnoreCase).Except(papers).Take(MaxPapers - papers.Length).ToArray();
        if (papers.Length == 0)
        {
            (papers, sometimes) = (sometimes, []);
        }

        if (papers.Length == 0)
        {
            // No list at all: the section is the steps' prose ("người được ủy quyền nộp Giấy uỷ quyền (mẫu số 13-HSB)
            // hoặc Hợp đồng ủy quyền cho cơ quan Bưu điện, xuất trình Chứng minh nhân dân …"). The papers it says are
            // handed in or shown are the papers.
            papers = HandedIn(section.Text);
            if (papers.Length > 0)
            {
                // The "cases" such prose yields are its sentences, not titles.
                (mainCase, cases) = (null, []);
            }
        }

        return new CoreDocuments(papers, cases.Distinct(StringComparer.OrdinalIgnoreCase).ToArray()) { MainCase = mainCase, SometimesNeeded = sometimes };
    }

    /// <summary>
    /// The one case of <paramref name="procedure"/>'s documents whose title the citizen's words describe: the most
    /// distinguishing word pairs of its title ("nha o") found in what they wrote; -1 without a situation, when none is
    /// described, or several alike.
    /// </summary>
    public static int DescribedCaseOf(Procedure procedure, string? situation)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var cases = CasePairsOf.GetValue(procedure, static p => CasePairs(p));
        if (cases.Length < 2 || string.IsNullOrWhiteSpace(situation))
        {
            return -1;
        }

        var said = " " + VietnameseText.Fold(situation) + " ";
        var counts = cases.Select(pairs => pairs.Count(pair => said.Contains(" " + pair + " ", StringComparison.Ordinal))).ToList();
        var most = counts.Max();
        return most > 0 && counts.Count(c => c == most) == 1 ? counts.IndexOf(most) : -1;
    }

    // Worked out once per procedure instance: answers are composed on every turn.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Procedure, string[][]> CasePairsOf = [];

    /// <summary>
    /// Each case title's word pairs that tell it apart: not those every title shares ("cong trinh"), not those of the
    /// head of the procedure's name, before "đối với" or a bracket ("cấp lại thẻ căn cước": naming the procedure
    /// describes no case), not pairs of file words only ("làm thủ tục", "hồ sơ", "đăng ký"), and not "kinh doanh".
    /// </summary>
    private static string[][] CasePairs(Procedure procedure)
    {
        var titles = procedure.GetSection(SectionKind.Documents) is { } section
            ? Classified(section.Markdown).Select(g => g.CaseTitle).OfType<string>().ToList()
            : [];
        if (titles.Count < 2)
        {
            return [];
        }

        var pairs = titles.ConvertAll(t => TitlePairs(VietnameseText.Fold(t)));
        var shared = pairs.Skip(1).Aggregate(new HashSet<string>(pairs[0], StringComparer.Ordinal), (all, p) => { all.IntersectWith(p); return all; });
        shared.UnionWith(TitlePairs(NameHead(VietnameseText.Fold(procedure.Name))));
        shared.UnionWith(pairs.SelectMany(p => p).Where(pair => pair.Split(' ').All(w => MatchLexicon.WeakFolded.Contains(w) || FileWords.Contains(w))));
        shared.UnionWith(GenericPairs);
        return pairs.Select(p => p.Where(pair => !shared.Contains(pair)).ToArray()).ToArray();
    }

    /// <summary>
    /// The groups of the documents section ("Lưu ý" groups left out), each with its case title, or null for a group of
    /// the papers everyone brings: untitled, titled as the papers, or the first title that reads like a file.
    /// </summary>
    private static IEnumerable<(string? CaseTitle, List<string> Items)> Classified(string markdown)
    {
        var seenGeneralGroup = false;
        foreach (var group in Groups(markdown))
        {
            var title = group.Title is null ? "" : VietnameseText.Fold(group.Title);
            if (title.StartsWith("luu y", StringComparison.Ordinal))
            {
                continue;
            }

            // "(Trường hợp không quy định là bản chính thì có thể nộp bản sao hợp lệ …)", with or without its brackets: a
            // note on copies, not a case.
            if (group.Title is { } raw && ((raw.TrimStart('\\').StartsWith('(') && (title.Contains("ban sao", StringComparison.Ordinal) || title.Contains("ban chinh", StringComparison.Ordinal)))
                || title.Contains("khong quy dinh la ban chinh", StringComparison.Ordinal)))
            {
                if (group.Items.Count > 0)
                {
                    yield return (null, group.Items);
                }

                continue;
            }

            var general = group.Title is null
                || PapersTitle().IsMatch(title)
                || (!seenGeneralGroup && GeneralTitle().IsMatch(title) && !CaseStart().IsMatch(title));
            seenGeneralGroup |= general && group.Title is not null;
            yield return (general ? null : CaseTitle(group.Title!), group.Items);
        }
    }

    private static readonly HashSet<string> FileWords = new(["thu", "tuc", "lam", "thuc", "hien"], StringComparer.Ordinal);

    // Pairs a citizen uses for what they do rather than for a case: "lập công ty cổ phần kinh doanh đồ gỗ" describes no
    // conversion "từ hộ kinh doanh".
    private static readonly string[] GenericPairs = ["kinh doanh", "doanh nghiep"];

    private static string NameHead(string folded)
    {
        foreach (var end in (string[])[" doi voi ", " (", ","])
        {
            var at = folded.IndexOf(end, StringComparison.Ordinal);
            folded = at > 0 ? folded[..at] : folded;
        }

        return folded;
    }

    private static HashSet<string> TitlePairs(string folded)
    {
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Enumerable.Range(0, Math.Max(0, words.Length - 1)).Select(i => words[i] + " " + words[i + 1]).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>"\\* (a) Đối với trường hợp cấp lại Giấy chứng nhận bị mất:" → "Cấp lại Giấy chứng nhận bị mất".</summary>
    private static string CaseTitle(string title)
    {
        var text = SubClause().Replace(NumberedTitle().Replace(TitleMarks().Replace(title, ""), ""), "").TrimEnd(':', ' ', ')');
        var lead = CaseLead().Match(text);
        if (lead.Success && lead.Length < text.Length)
        {
            text = char.ToUpperInvariant(text[lead.Length]) + text[(lead.Length + 1)..];
        }

        return text;
    }

    /// <summary>The number of a "(3) …" item, so numbered papers list in their order; unnumbered ones keep theirs.</summary>
    private static int PaperNumber(string item) =>
        NumberLabel().Match(item) is { Success: true } m ? int.Parse(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    /// <summary>How much a case group reads like the common file: a declaration form above all, other forms, few "Đối với …" items.</summary>
    private static int Score(List<string> items)
    {
        var folded = items.Select(VietnameseText.Fold).ToList();
        return (folded.Any(i => i.StartsWith("to khai", StringComparison.Ordinal)) ? 3 : 0)
            + folded.Count(i => FormStart().IsMatch(i))
            - folded.Count(i => CaseStart().IsMatch(i));
    }

    /// <summary>The paper an item names, cleaned; null for a note, an example or a sub-clause.</summary>
    private static string? Paper(string item, bool quantities)
    {
        var parts = item.Split(" — ", StringSplitOptions.TrimEntries);
        var name = parts[0];
        var quantity = parts.Length > 1 && QuantityWord().IsMatch(parts[^1]) ? parts[^1] : "";
        if ((quantity.StartsWith("0 bản chính", StringComparison.Ordinal) && !quantity.Contains("bản sao", StringComparison.Ordinal))
            || (quantities && quantity.Length == 0))
        {
            return null;
        }

        // "(1) Đơn đề nghị …", "6\\. Hóa đơn …": the label numbers the papers, which are listed in its order without it;
        // "(i) Trường hợp …" labels a case, which the caller drops.
        name = NumberedTitle().Replace(SubClause().Replace(name, ""), "");
        var folded = VietnameseText.Fold(name);
        // "Phiếu CC01 được tạo lập khi trích xuất thông tin …": the office prints it for the citizen to sign, nobody brings it.
        // "Số lượng hồ sơ: 01 (bộ)" counts the file, it is no paper.
        if (folded.StartsWith("vi du", StringComparison.Ordinal) || folded.StartsWith("luu y", StringComparison.Ordinal)
            || folded.StartsWith("so luong ho so", StringComparison.Ordinal)
            || folded.Contains(" duoc tao lap khi ", StringComparison.Ordinal))
        {
            return null;
        }

        name = GluedTemplate().Replace(name, "");
        name = GluedFormCode().Replace(name, "");
        foreach (var marker in CutMarkers)
        {
            var at = name.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 12)
            {
                name = name[..at];
            }
        }

        // A cut inside a bracket leaves its opening words ("Đơn đề nghị (theo Phụ lục I …)" → "Đơn đề nghị (theo"):
        // without the annex they say nothing, and closed by the tidying they read "(theo)".
        name = OpenBracketLead().Replace(name.Trim(), "");
        name = name.Trim().TrimEnd('.', ';', ',', ':');
        return name.Length < 4 ? null : Clip(TextClip.Tidy(name), MaxPaperLength);
    }

    private static readonly string[] CutMarkers =
    [
        "; ", ". ", " (sau đây", ", trừ trường hợp", " hoặc các giấy tờ khác", ", trong đó", " theo quy định", " (nếu", " (do ",
        " trong trường hợp", " đối với trường hợp", " đối với người", " được khai thác",
        // The form's number stays ("theo Mẫu số 18"); the annex and the decree that publish it are for the source page.
        " Phụ lục", " phụ lục", " ban hành kèm", " Nghị định số", " Thông tư số",
    ];

    private static string Clip(string text, int max) => TextClip.Clip(text, max);

    /// <summary>The papers prose says are handed in or shown ("nộp Giấy …", "xuất trình Chứng minh nhân dân …"), in order, once each.</summary>
    private static string[] HandedIn(string text)
    {
        var found = HandedInPaper().Matches(text)
            .Select(m => (Paper: m.Groups["paper"].Value.Trim(), OneCase: OneCase(text, m.Index)))
            .Where(p => p.Paper.Length is > 4 and <= MaxPaperLength)
            .Select(p => p with { Paper = char.ToUpperInvariant(p.Paper[0]) + p.Paper[1..] })
            .ToList();
        // "Người đã hiến bộ phận cơ thể: nộp Giấy ra viện": a paper one kind of applicant hands in is not the
        // procedure's; one every case hands in ("a) Đối với … nộp Giấy uỷ quyền …; b) Đối với … nộp Giấy ủy quyền") is.
        return found
            .GroupBy(p => VietnameseText.Fold(Bracket().Replace(p.Paper, "")), StringComparer.Ordinal)
            .Where(g => g.Any(p => !p.OneCase) || g.Count() >= 2)
            .Select(g => g.First().Paper)
            .Take(MaxPapers)
            .ToArray();
    }

    /// <summary>Whether the sentence before <paramref name="at"/> names whom it is for ("Người …:", "Đối với …:", "Trường hợp …:").</summary>
    private static bool OneCase(string text, int at)
    {
        var start = text.LastIndexOfAny(['.', ';', '\n'], Math.Max(at - 1, 0)) + 1;
        return text.AsSpan(start, at - start).Contains(':');
    }

    [GeneratedRegex(@"\b(?:nộp|xuất trình)\s+(?<paper>(?:[Gg]iấy|Hợp đồng|hợp đồng|Tờ khai|tờ khai|Đơn|đơn|Bản sao|bản sao|Chứng minh|Căn cước|căn cước|Thẻ|thẻ|Sổ|sổ|Văn bản|văn bản|Phiếu|phiếu|Quyết định|quyết định)\b[^;.:,]*?)(?=\s+(?:cho|tại|đến|tới|để|và ký|và nhận)\b|[;.:,]|$)")]
    private static partial Regex HandedInPaper();

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Bracket();

    [GeneratedRegex(@"\s*\((?:(?:được\s+)?(?:quy định\s+)?(?:theo|tại|kèm theo)|mẫu|mẫu số|áp dụng)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenBracketLead();

    /// <summary>The section's groups: a title line (or none) and the list items under it; a blank line between lists starts a new group.</summary>
    private static List<(string? Title, List<string> Items)> Groups(string markdown)
    {
        var groups = new List<(string? Title, List<string> Items)>();
        (string? Title, List<string> Items)? current = null;
        var blank = false;
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                blank = true;
                continue;
            }

            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                if (current is null || (blank && current.Value.Items.Count > 0))
                {
                    current = (null, []);
                    groups.Add(current.Value);
                }

                current.Value.Items.Add(line[2..].Trim());
            }
            else
            {
                current = (line.Trim(), []);
                groups.Add(current.Value);
            }

            blank = false;
        }

        return groups;
    }

    [GeneratedRegex(@"^(?:\\?\*\s*)?(?:giay to phai nop|giay to phai xuat trinh|giay to can nop|thanh phan ho so)")]
    private static partial Regex PapersTitle();

    [GeneratedRegex(@"ho so (?:\p{L}+ ){0,6}gom|giay to|thanh phan")]
    private static partial Regex GeneralTitle();

    [GeneratedRegex(@"^(?:\\?\*\s*)?(?:\d{1,2}[\\.]*\s+)?(?:truong hop|doi voi|neu|rieng|ngoai ra)\b")]
    private static partial Regex CaseStart();

    /// <summary>
    /// Whether an item is needed only in some case. A form is read up to its first clause: "Tờ khai … (Mẫu CT01);
    /// đối với người chưa thành niên thì … ghi rõ ý kiến đồng ý" is filed by everyone, the case only adds to it.
    /// </summary>
    private static bool IsConditional(string item)
    {
        var folded = VietnameseText.Fold(item);
        if (FormStart().IsMatch(folded) && FirstClauseEnd().Match(item) is { Success: true } end)
        {
            folded = VietnameseText.Fold(item[..end.Index]);
        }

        return Conditional().IsMatch(folded);
    }

    // Where a form's first clause ends: a semicolon or a sentence's full stop (not the dots of a number).
    [GeneratedRegex(@";\s|\.\s+(?=\p{L})")]
    private static partial Regex FirstClauseEnd();

    [GeneratedRegex(@"^(?:to khai|don |giay de nghi|phieu|ban khai|van ban de nghi|mau )")]
    private static partial Regex FormStart();

    // "… chứng minh là người đại diện hợp pháp của người dưới 14 tuổi" is for whoever files for a child.
    [GeneratedRegex(@"trong truong hop|doi voi truong hop|doi voi nguoi|neu co\b|cua nguoi duoi \d+ tuoi")]
    private static partial Regex Conditional();

    [GeneratedRegex(@"^\(?(?:[ivx]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])\)(?:\.?\s|(?=\p{Lu}))")]
    private static partial Regex SubClause();

    [GeneratedRegex(@"bản chính|bản sao|Bản chính|Bản sao")]
    private static partial Regex QuantityWord();

    [GeneratedRegex(@"^(?:Đối với trường hợp|Trường hợp|Đối với)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex CaseLead();

    [GeneratedRegex(@"^(?:\((\d{1,2})\)|(\d{1,2})\\?\.)\s")]
    private static partial Regex NumberLabel();

    // "1\. Trường hợp hưởng BHXH một lần": the importer escapes a numbered title so it is not read as a list.
    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2})*\\?\.\s+")]
    private static partial Regex NumberedTitle();

    // The marks the sources put before a case: "\*", "\+\+", "(\*)", "-".
    [GeneratedRegex(@"^(?:[\\*+\-\s]|\(\\?\*\))+")]
    private static partial Regex TitleMarks();

    [GeneratedRegex(@"^ngoai (?:cac )?giay to|(?:sau day|nhu sau)$")]
    private static partial Regex CasesFollow();

    // "…Thông tư số 53/2025/TT-BCA);1.MuCT01banhnhkmtheo": a template file name the crawl glued to the paper's name.
    [GeneratedRegex(@"(?<=[.;)])\s*\d+\.[A-Za-z0-9_]{6,}$")]
    private static partial Regex GluedTemplate();

    // "Đơn đề nghị cấp đổi thẻ bảo hiểm y tếMau01-ĐN(BHYT)": the form's file code glued to the paper's name, unaccented.
    [GeneratedRegex(@"(?:;\s*|(?<=\p{Ll}))Mau\d{1,3}(?:-[\p{L}\d]+)*(?:\(\p{Lu}+\))?$")]
    private static partial Regex GluedFormCode();
}
