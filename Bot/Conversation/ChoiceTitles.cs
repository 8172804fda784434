using Bot.Answers;
using Bot.Templates;
using KnowledgeBase.Indexing;
using KnowledgeBase.Matching;
using KnowledgeBase.Procedures;
using KnowledgeBase.Text;

namespace Bot.Conversation;

/// <summary>
/// The labels of a menu's options and of the procedures offered beside an answer: a record's name cut to a line, with
/// its level, told apart from the other options where their cut names would read alike.
/// </summary>
public sealed class ChoiceTitles(TemplateCatalog templates, AnswerComposer composer)
{
    /// <summary>
    /// An option's label. A name that is a long list of cases shows its start and the part the question points at,
    /// not its last case; a shorter one keeps both ends, which tell options apart in a line this short.
    /// </summary>
    public string Of(Procedure procedure, string? question) => TitleWithLevel(procedure, ChoiceName(procedure, question));

    private string TitleWithLevel(Procedure procedure, string name) =>
        templates.Format("choice_title", ("name", name), ("level", composer.LevelText(procedure).ToLowerInvariant()));

    private static string ChoiceName(Procedure procedure, string? question) =>
        FactPhrases.ShortName(procedure, MaxName,
            procedure.Name.Length > 2 * MaxName ? FactPhrases.WindowOf(procedure, question, MaxName) : -1);

    /// <summary>
    /// The options' labels; options whose labels would read the same ("Gia hạn nộp thuế" of the tax and of the customs
    /// offices) also name their field.
    /// </summary>
    public List<string> Of(IReadOnlyList<Procedure> options, string? question)
    {
        var names = options.Select(p => ChoiceName(p, question)).ToList();
        var titles = options.Select((p, i) => TitleWithLevel(p, names[i])).ToList();
        var keys = options.Select(p => FamilyGrouping.KeyOf(p.Name)).ToList();
        for (var i = 0; i < options.Count; i++)
        {
            if (options[i].Field is { Length: > 0 } field
                && keys.Where((k, j) => j != i && k == keys[i] && options[j].Field != field).Any())
            {
                var name = FactPhrases.ShortName(options[i], MaxName, -1);
                titles[i] = templates.Format("choice_title_field", ("name", name), ("field", field), ("level", composer.LevelText(options[i]).ToLowerInvariant()));
            }
        }

        // Long names cut alike ("Cấp giấy chứng nhận kiểm dịch động vật, sản phẩm động… ra khỏi địa bàn cấp tỉnh" for the
        // land animals' and the aquatic ones'), at the same level or not: each shows its start and then where it differs
        // from the other.
        for (var i = 0; i < options.Count; i++)
        {
            var twin = names.FindIndex(n => n == names[i]);
            if (twin == i || FactPhrases.ReadableName(options[twin]) == FactPhrases.ReadableName(options[i]))
            {
                continue;
            }

            foreach (var k in new[] { twin, i })
            {
                var other = FactPhrases.ReadableName(options[k == i ? twin : i]);
                var own = FactPhrases.ReadableName(options[k]);
                var differs = Enumerable.Range(0, Math.Min(own.Length, other.Length)).FirstOrDefault(c => own[c] != other[c]);
                var wordStart = differs <= 0 ? -1 : own.LastIndexOf(' ', differs) + 1;
                titles[k] = TitleWithLevel(options[k], FactPhrases.ShortName(options[k], MaxName, wordStart));
            }
        }

        // Long names cut to the same end ("Liên thông … về đăng ký khai… tế cho trẻ em dưới 6 tuổi", one with the
        // residence registration, one without): the one with words the other lacks shows them.
        for (var i = 0; i < options.Count; i++)
        {
            var cut = names[i].LastIndexOf('…');
            if (cut < 0 || !names.Where((n, j) => j != i && n != names[i] && n.LastIndexOf('…') is var c && c >= 0 && n[c..] == names[i][cut..]).Any())
            {
                continue;
            }

            var own = FactPhrases.ReadableName(options[i]);
            var others = names.Select((n, j) => j).Where(j => j != i && names[j].LastIndexOf('…') is var c && c >= 0 && names[j][c..] == names[i][cut..])
                .SelectMany(j => new TokenizedText(FactPhrases.ReadableName(options[j])).Folded).ToHashSet(StringComparer.Ordinal);
            if (OwnWordStart(own, others) is { } start && !names[i].Contains(own[start..].Split(' ', 2)[0], StringComparison.Ordinal))
            {
                titles[i] = TitleWithLevel(options[i], FactPhrases.ShortName(options[i], MaxName, start));
            }
        }

        return titles;
    }

    /// <summary>The longest name a label shows, in characters.</summary>
    public const int MaxName = 80;

    /// <summary>Where the first word of <paramref name="name"/> that the other names lack starts (not a link word), if any.</summary>
    private static int? OwnWordStart(string name, HashSet<string> others)
    {
        var at = 0;
        foreach (var word in name.Split(' '))
        {
            var folded = VietnameseText.Fold(word.Trim(',', ';', '(', ')', '.'));
            if (folded.Length > 1 && !others.Contains(folded) && !MatchLexicon.LinkWords.Contains(folded) && at > 0)
            {
                return at;
            }

            at += word.Length + 1;
        }

        return null;
    }
}
