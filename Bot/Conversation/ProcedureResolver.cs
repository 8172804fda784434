using System.Text.RegularExpressions;
using Bot.Hosting;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search;
using Microsoft.Extensions.Options;

namespace Bot.Conversation;

/// <summary>How a question maps onto the catalogue.</summary>
public enum ResolutionKind
{
    /// <summary>One procedure fits clearly.</summary>
    Unique,

    /// <summary>Several procedures fit about equally: ask which one.</summary>
    Ambiguous,

    /// <summary>
    /// The search is confident but no procedure's name confirms it in the question's own words: offer the top hits
    /// as "did you mean" choices.
    /// </summary>
    Probable,

    /// <summary>Nothing in the catalogue fits; <see cref="Resolution.Candidates"/> holds the closest, if any.</summary>
    NoMatch,
}

public sealed record Resolution(ResolutionKind Kind, IReadOnlyList<Procedure> Candidates)
{
    /// <summary>The search score of the best hit, 0 when there was none.</summary>
    public float TopScore { get; init; }

    /// <summary>Confirmed by the question's own words and scored at least <paramref name="score"/>.</summary>
    public bool IsConfirmedAbove(float score) => Kind is ResolutionKind.Unique or ResolutionKind.Ambiguous && TopScore >= score;

    public Procedure? Procedure => Kind == ResolutionKind.Unique ? Candidates[0] : null;
}

/// <summary>
/// Turns search hits into one procedure, a short list to choose from, or an honest no-match. Search ranks;
/// this class decides whether the ranking is trustworthy: the top hits must share real words with the
/// question (so "thời tiết hôm nay" never lands on "Đăng ký xe tạm thời"), and near-equal hits, including
/// the same procedure at several levels, become a clarification question.
/// </summary>
public sealed partial class ProcedureResolver
{
    public const int MaxChoices = 5;
    // Only the first few hits can become choices; every extra hit costs the search a snippet and a section score.
    private const int SearchDepth = MaxChoices + 1;
    private const float NearTieRatio = 0.85f;

    // The best hit must itself be named by more than a generic opening ("đăng ký") to be refined by a lower hit.
    private const int MinRefinedWords = 3;

    // Synonym phrases this long are a specific description ("mua bảo hiểm y tế"); shorter ones ("online", "xây
    // nhà") map common words and would offer a runner-up for half the questions.
    private const int MinSynonymPhraseSyllables = 3;

    // A short choice: the first hit and at most two that explain what it leaves out.
    private const int MaxRunnersUp = 2;

    private static readonly HashSet<string> LinkWords = new(
        ["cho", "cua", "va", "voi", "doi", "trong", "tai", "o", "khi", "theo", "ma", "la", "cac", "nhung", "de", "thi", "tu", "ve", "hoac"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> WeakWords = new(Lexicon.WeakNameWords, StringComparer.Ordinal);
    private static readonly HashSet<string> WeakFolded = new(Lexicon.WeakNameWords.Select(VietnameseText.Fold), StringComparer.Ordinal);
    private static readonly Dictionary<string, string[]> Abbreviations = BuildAbbreviations();

    private const int ProbableChoices = 3;

    private readonly IProcedureSearch _search;
    private readonly float _probableScore;
    private readonly float _minimumScore;

    public ProcedureResolver(IProcedureSearch search, IOptions<BotOptions>? options = null)
    {
        _search = search;
        var settings = options?.Value ?? new BotOptions();
        _probableScore = settings.ProbableMatchScore;
        _minimumScore = settings.MinimumMatchScore;
    }

    public Resolution Resolve(Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(understanding);
        var query = understanding.SearchText.Length > 0 ? understanding.SearchText : string.Join(' ', understanding.TopicWords);
        var hits = _search.Search(new SearchRequest(query) { MaxResults = SearchDepth, IncludeSnippets = false }, cancellationToken);
        if (hits.Count == 0)
        {
            return new(ResolutionKind.NoMatch, []);
        }

        if (hits[0].Score < _minimumScore)
        {
            return new(ResolutionKind.NoMatch, []) { TopScore = hits[0].Score };
        }

        var topic = understanding.TopicWords;
        var topicFolded = topic.Select(VietnameseText.Fold).ToHashSet(StringComparer.Ordinal);
        var relevant = hits.Where(h => IsRelevant(topic, h.Procedure) || IsNamedIn(topicFolded, h.Procedure)).ToList();
        if (relevant.Count == 0)
        {
            var closest = hits.Take(ProbableChoices).Select(h => h.Procedure).ToList();
            return new(hits[0].Score >= _probableScore ? ResolutionKind.Probable : ResolutionKind.NoMatch, closest) { TopScore = hits[0].Score };
        }

        var top = relevant[0];
        var topFamily = VocabularyOf(top.Procedure).FamilyName;
        var candidates = relevant
            .Where(h => h == top || h.Score >= top.Score * NearTieRatio || VocabularyOf(h.Procedure).FamilyName == topFamily)
            .Select(h => h.Procedure)
            .ToList();

        if (NamedInQuestion(relevant, candidates, VietnameseText.Fold(query)) is { } named)
        {
            candidates = named;
        }
        else if (hits[0] != top && hits[0].Score >= _probableScore)
        {
            // The search's best hit lost only the word-overlap test (it matched through synonyms or its sections):
            // offer it beside the confirmed one rather than hide the search's first choice.
            candidates.Insert(0, hits[0].Procedure);
        }

        // One procedure, possibly at several levels ("Cấp thẻ bảo hiểm y tế" at tỉnh and trung ương): the citizen
        // chose nothing yet, so what its name leaves unexplained may point at another procedure.
        if (candidates.All(c => VocabularyOf(c).FamilyName == VocabularyOf(candidates[0]).FamilyName)
            && ExplainingRunnersUp(hits, candidates, topic, _search.SynonymsOf(query, MinSynonymPhraseSyllables)) is { Count: > 0 } runnersUp)
        {
            candidates.AddRange(runnersUp);
        }

        if (understanding.Level is { } level)
        {
            var atLevel = candidates.Where(p => IsAtLevel(p, level)).ToList();
            if (atLevel.Count > 0)
            {
                candidates = atLevel;
            }
        }

        return candidates.Count == 1
            ? new(ResolutionKind.Unique, candidates) { TopScore = hits[0].Score }
            : new(ResolutionKind.Ambiguous, candidates.Take(MaxChoices).ToList()) { TopScore = hits[0].Score };
    }

    /// <summary>True when a procedure serves the given level, by its level list or by a "(thực hiện tại cấp …)" name.</summary>
    public static bool IsAtLevel(Procedure procedure, string level)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var levels = LevelsOf(procedure);
        return levels.Count == 1 ? levels[0] == level : levels.Contains(level);
    }

    /// <summary>The level shown to citizens: the one in the name's "(thực hiện tại …)" when present, else the level list.</summary>
    public static IReadOnlyList<string> LevelsOf(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var folded = VietnameseText.Fold(procedure.Name);
        var match = PerformedAt().Match(folded);
        if (match.Success)
        {
            var at = match.Groups[1].Value;
            if (at.Contains("trung uong", StringComparison.Ordinal) || at.Contains("cap bo", StringComparison.Ordinal))
            {
                return ["Cấp bộ"];
            }

            if (at.Contains("tinh", StringComparison.Ordinal) || at.Contains("thanh pho", StringComparison.Ordinal))
            {
                return ["Cấp tỉnh"];
            }

            if (at.Contains("xa", StringComparison.Ordinal) || at.Contains("huyen", StringComparison.Ordinal))
            {
                return ["Cấp xã"];
            }
        }

        return procedure.Levels;
    }

    /// <summary>The name without "Thủ tục" and without a trailing "(thực hiện tại …)", folded: level variants share it.</summary>
    public static string FamilyName(string name)
    {
        var folded = VietnameseText.Fold(PerformedAtSuffix().Replace(name ?? "", ""));
        return folded.StartsWith("thu tuc ", StringComparison.Ordinal) ? folded["thu tuc ".Length..] : folded;
    }

    /// <summary>
    /// The procedures the question names by the words their names start with. "đăng ký khai sinh" names one
    /// procedure exactly even though "đăng ký khai sinh lưu động" also ranks high; "đăng ký lại kết hôn" names the
    /// re-registration even when plain "đăng ký kết hôn" scores higher; a question that spells
    /// only the start of names leaves the search's order as it is.
    /// Null when the question names no procedure that way.
    /// </summary>
    private static List<Procedure>? NamedInQuestion(List<SearchHit> relevant, List<Procedure> candidates, string foldedQuery)
    {
        var queryWords = foldedQuery.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var topNamed = NamedLength(VocabularyOf(relevant[0].Procedure).FamilyWords, queryWords);

        // Hits below the near-tie only count when they name more of the question than the best hit, which is named
        // itself: "đăng ký lại kết hôn" refines "đăng ký kết hôn", while "xác nhận độc thân để đi đăng ký kết hôn"
        // merely mentions another procedure.
        var named = relevant
            .Select(h => (h.Procedure, Family: VocabularyOf(h.Procedure).FamilyWords))
            .Select(c => (c.Procedure, c.Family, Length: NamedLength(c.Family, queryWords), Complete: c.Family.Count))
            .Where(c => candidates.Contains(c.Procedure) || (topNamed >= MinRefinedWords && c.Length > topNamed))
            .ToList();
        var complete = named.Where(c => c.Length > 0 && c.Length == c.Complete).ToList();
        var longestComplete = complete.Select(c => c.Length).DefaultIfEmpty(0).Max();

        // A longer start of another name outweighs a whole short name; ordering such names is the search's job (its
        // name refinements), so then its order stands.
        var longestPartial = named.Where(c => c.Length < c.Complete).Select(c => WithoutTrailingLinkWords(c.Family, c.Length)).DefaultIfEmpty(0).Max();
        return longestComplete > 0 && longestComplete >= longestPartial
            ? complete.Where(c => c.Length == longestComplete).Select(c => c.Procedure).ToList()
            : null;
    }

    /// <summary>
    /// Lower hits whose names account for words of the question the chosen procedure's name leaves unexplained
    /// ("xe mới mua chưa có biển, cần đăng ký tạm thời": "tạm thời" is in "Đăng ký xe tạm thời", not in the first
    /// registration the search ranked first): the citizen said something the first hit ignores, so they are offered
    /// beside it rather than hidden.
    /// </summary>
    private static List<Procedure> ExplainingRunnersUp(IReadOnlyList<SearchHit> hits, List<Procedure> chosen, IReadOnlyList<string> topic, IReadOnlyList<string> synonyms)
    {
        var chosenWords = VocabularyOf(chosen[0]).Folded;
        var folded = topic.Select(VietnameseText.Fold).ToArray();
        bool Unexplained(string w) => !chosenWords.Contains(w) && !WeakFolded.Contains(w) && !LinkWords.Contains(w);
        var pairs = new List<string>();
        // The citizen's own words, then what the editors' synonyms say a specific phrase of them means ("mua bảo
        // hiểm y tế" → "người chỉ tham gia bảo hiểm y tế"), the way the search read the question.
        foreach (var words in synonyms.Select(s => s.Split(' ')).Prepend(folded))
        {
            for (var i = 0; i + 1 < words.Length; i++)
            {
                if (Unexplained(words[i]) && Unexplained(words[i + 1]))
                {
                    pairs.Add(words[i] + " " + words[i + 1]);
                }
            }
        }

        if (pairs.Count == 0)
        {
            return [];
        }

        // Any hit, not only those that passed the word-overlap test: the shared word pair is the evidence.
        return hits
            .Where(h => !chosen.Contains(h.Procedure) && pairs.Any(VocabularyOf(h.Procedure).Pairs.Contains))
            .Select(h => h.Procedure)
            .Take(MaxRunnersUp)
            .ToList();
    }

    /// <summary>A named start ending in "cho", "của", "đối với"… says no more than the words before them.</summary>
    private static int WithoutTrailingLinkWords(IReadOnlyList<string> family, int length)
    {
        while (length > 0 && LinkWords.Contains(family[length - 1]))
        {
            length--;
        }

        return length;
    }

    /// <summary>How many leading words of <paramref name="family"/> appear in a row in the question.</summary>
    private static int NamedLength(IReadOnlyList<string> family, string[] queryWords)
    {
        var best = 0;
        for (var start = 0; start < queryWords.Length; start++)
        {
            var length = 0;
            while (length < family.Count && start + length < queryWords.Length && queryWords[start + length] == family[length])
            {
                length++;
            }

            best = Math.Max(best, length);
        }

        return best;
    }

    /// <summary>
    /// The question's topic words must meet the procedure's name, aliases or field: at least one distinctive word
    /// and at least half of the topic, or, for questions made only of common words ("cấp đổi"), all of them.
    /// </summary>
    internal static bool IsRelevant(IReadOnlyList<string> topic, Procedure procedure)
    {
        if (topic.Count == 0)
        {
            return true;
        }

        var vocabulary = VocabularyOf(procedure);
        var words = vocabulary.Words;
        var folded = vocabulary.Folded;
        int matched = 0, strong = 0, units = 0;
        for (var i = 0; i < topic.Count; i++)
        {
            units++;
            var word = topic[i];
            var wordFolded = VietnameseText.Fold(word);
            string[]? expansion = null;
            if (i + 1 < topic.Count && Abbreviations.TryGetValue(wordFolded + " " + VietnameseText.Fold(topic[i + 1]), out var pair))
            {
                expansion = pair;
                i++;
            }
            else if (Abbreviations.TryGetValue(wordFolded, out var single))
            {
                expansion = single;
            }

            var hit = expansion is not null
                ? expansion.Any(folded.Contains)
                : word == wordFolded ? folded.Contains(wordFolded) : words.Contains(word);
            if (!hit)
            {
                continue;
            }

            matched++;
            if (expansion is not null || !(word == wordFolded ? WeakFolded.Contains(wordFolded) : WeakWords.Contains(word)))
            {
                strong++;
            }
        }

        return strong > 0 ? matched * 2 >= units : matched == units;
    }

    /// <summary>
    /// The question contains every distinctive word of the procedure's name ("thường trú" for "Đăng ký thường trú"),
    /// even if it also carries words the name lacks (a citizen's name, "cho con tôi").
    /// </summary>
    internal static bool IsNamedIn(HashSet<string> topicFolded, Procedure procedure)
    {
        var distinctive = VocabularyOf(procedure).Distinctive;
        return distinctive.Count > 0 && distinctive.All(topicFolded.Contains);
    }

    private static ProcedureVocabulary VocabularyOf(Procedure procedure) => ProcedureVocabulary.Of(procedure);

    /// <summary>A folded word too common in procedure names to identify one (see <see cref="Lexicon.WeakNameWords"/>).</summary>
    internal static bool IsWeakFolded(string word) => WeakFolded.Contains(word);

    private static Dictionary<string, string[]> BuildAbbreviations()
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (abbreviation, expansion) in Lexicon.Abbreviations)
        {
            map[VietnameseText.Fold(abbreviation)] = new TokenizedText(expansion).Folded.Where(w => !WeakFolded.Contains(w)).ToArray();
        }

        return map;
    }

    [GeneratedRegex(@"\(\s*thuc hien (?:tai|o) ([^)]*)\)", RegexOptions.CultureInvariant)]
    private static partial Regex PerformedAt();

    [GeneratedRegex(@"\s*\(\s*(?:thực hiện|Thực hiện) (?:tại|ở)[^)]*\)\s*\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PerformedAtSuffix();
}
