using KnowledgeBase.Procedures;
using KnowledgeBase.Search;
using KnowledgeBase.Text;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Matching;

/// <summary>
/// Decides which record(s) answer a question: one procedure, a short choice, or an honest no-match. The search
/// ranks; this class decides whether the ranking is trustworthy (the top hits must share real words with the
/// question, so "thời tiết hôm nay" never lands on "Đăng ký xe tạm thời"), answers a procedure family as one
/// procedure through the record a Hanoi resident uses, and asks only when the remaining procedures differ.
/// </summary>
public sealed class ProcedureMatcher
{
    public const int MaxChoices = 3;

    // Only the first few hits can become choices; every extra hit costs the search a snippet and a section score.
    private const int SearchDepth = 6;
    private const int KindDepth = 30;
    private const float NearTieRatio = 0.85f;

    // The best hit must itself be named by more than a generic opening ("đăng ký") to be refined by a lower hit.
    private const int MinRefinedWords = 3;

    // Synonym phrases this long are a specific description ("mua bảo hiểm y tế"); shorter ones ("online", "xây
    // nhà") map common words and would offer a runner-up for half the questions.
    private const int MinSynonymPhraseSyllables = 3;

    // At most two lower hits that explain what the first leaves out.
    private const int MaxRunnersUp = 2;

    // How far below the first a hit the request names may be and still be the answer.
    private const float FocusWindow = 0.6f;

    // How far below the first a hit the request names whole may stand when the first was named only by the story.
    private const float NamedFocusWindow = 0.3f;

    // The opening of a long name this many words long, written out, names it.
    private const int MinWrittenOutStart = 5;

    // How far below the best hit another confirmed one may stand and still be offered beside the answer.
    private const float AlternativeShare = 0.5f;

    // How far below the first a hit may stand and still compete when the citizen's words rule the first out against it.
    private const float OverruleWindow = 0.5f;

    private static readonly Dictionary<string, string[]> Abbreviations = BuildAbbreviations();

    private readonly IProcedureSearch _search;
    private readonly MatchingOptions _options;

    public ProcedureMatcher(IProcedureSearch search, IOptions<MatchingOptions>? options = null)
    {
        _search = search;
        _options = options?.Value ?? new MatchingOptions();
    }

    public MatchingOptions Options => _options;

    /// <summary>
    /// A message the interpreter reads as out of scope ("thời tiết", "bóng đá") is matched all the same: the match when
    /// it confirms a procedure above <see cref="MatchingOptions.OutOfScopeOverrideScore"/> (a question that merely
    /// contains such a word), else null, and the message is declined. The bot and the editors' inbox both ask here.
    /// </summary>
    public ProcedureMatch? MatchDespiteOutOfScope(MatchRequest request, CancellationToken cancellationToken)
    {
        var match = Match(request, cancellationToken);
        return match.IsConfirmedAbove(_options.OutOfScopeOverrideScore) ? match : null;
    }

    public ProcedureMatch Match(MatchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.SearchText.Length > 0 ? request.SearchText : string.Join(' ', request.TopicWords);
        var hits = _search.Search(new SearchRequest(query) { MaxResults = SearchDepth, IncludeSnippets = false }, cancellationToken);
        if (hits.Count == 0)
        {
            return ProcedureMatch.None;
        }

        // What the citizen says they want, after the story ("… muốn …"): read by the search below, the runner-up and the
        // explaining rules.
        var wantedText = QuestionFocus.Of(request.Sentence ?? query);
        if (WrittenOutInRequest(wantedText, hits, cancellationToken) is { } written)
        {
            // "em làm nghiên cứu …, muốn thu mẫu một loài cây thuốc …, xin giấy phép tiếp cận nguồn gen ở đâu": the
            // request writes a procedure's whole name, which the story's many words kept out of the first hits.
            hits = [written with { Score = hits[0].Score }, .. hits];
        }

        var topic = request.TopicWords;
        var topicFolded = topic.Select(VietnameseText.Fold).ToHashSet(StringComparer.Ordinal);
        if (hits[0].Score < _options.MinimumScore && !hits.Any(h => IsNamedIn(topicFolded, h.Procedure)))
        {
            // A low score is a question the catalogue barely knows, unless it names a procedure outright: "khai sinh"
            // alone scores low because its words are everywhere in the catalogue, and is still "Đăng ký khai sinh".
            // A kind of procedure said alone ("chứng thực") starts several names: which one is asked, not a miss.
            var kind = KindNamed(topic, query, request.Level, cancellationToken);
            return kind.Count >= 2
                ? new ProcedureMatch(MatchKind.Ambiguous, kind) { TopScore = hits[0].Score, NamesAKind = true }
                : ProcedureMatch.None with { TopScore = hits[0].Score };
        }

        // What the editors' synonyms say phrases of the question mean (folded, two syllables or more), and their words.
        var meanings = _search.SynonymsOf(query, 2);
        var meant = meanings.SelectMany(s => s.Split(' ')).ToHashSet(StringComparer.Ordinal);
        var topicUnits = TopicUnits(topic);
        var queryFolded = VietnameseText.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Not another paper than the one asked about, not even as a guess: worked out once per hit.
        var samePaper = hits.Where(h => !NamesAnotherPaper(queryFolded, h.Procedure)).ToList();
        // Only what a phrase of three syllables or more means: "xe máy" means "xe mô tô, xe gắn máy", which many names hold.
        var longMeanings = _search.SynonymsOf(query, MinSynonymPhraseSyllables);
        var relevant = samePaper.Where(h => IsRelevant(topicUnits, h.Procedure) || IsNamedIn(topicFolded, h.Procedure) || MeaningInName(longMeanings, h.Procedure)).ToList();
        if (relevant.Count == 0)
        {
            // The citizen's words name nothing, but the editors' synonyms say what a phrase of them means ("bố tôi
            // vừa mất, nhà đang lo hậu sự" → "đăng ký khai tử"): a hit those words name whole is confirmed.
            // A phrase of three syllables or more naming the start of a long name counts too ("photo công chứng" →
            // "chứng thực bản sao từ bản chính", the start of "Chứng thực bản sao từ bản chính giấy tờ, văn bản do …").
            relevant = hits.Where(h => IsNamedIn(meant, h.Procedure)
                || meanings.Any(p => p.Count(c => c == ' ') >= 2 && VocabularyOf(h.Procedure).FamilyName.StartsWith(p + " ", StringComparison.Ordinal))).ToList();
        }

        if (relevant.Count == 0)
        {
            var closest = Families(samePaper, request.Level).Take(MaxChoices).Select(f => f.Procedure).ToList();
            return new(samePaper.Count > 0 && samePaper[0].Score >= _options.ProbableScore ? MatchKind.Probable : MatchKind.NoMatch, closest) { TopScore = hits[0].Score };
        }

        var top = relevant[0];
        // Read once, and only when a rule needs it: most messages have one clear answer.
        QuestionTerms? read = null;
        QuestionTerms Terms() => read ??= new QuestionTerms(query, request.TopicWords, meanings);
        if (FocusedRunnerUp(wantedText, relevant, Terms, queryFolded) is { } focused)
        {
            // The request itself names a lower hit and nothing of the first: that is the answer, the first goes beside it.
            var answer = Families([focused, .. relevant.Where(h => h != focused)], request.Level);
            return new(MatchKind.Unique, [answer[0].Procedure])
            {
                TopScore = hits[0].Score,
                Alternatives = answer.Skip(1).Take(MaxChoices - 1).Select(f => f.Procedure).ToList(),
            };
        }

        // A lower hit the citizen's own words prefer to the first (the action they ask for, the step they did already,
        // who they are) competes with it even well below it.
        var candidates = relevant
            .Where(h => h == top || h.Score >= top.Score * NearTieRatio || SameFamily(h.Procedure, top.Procedure)
                || (h.Score >= top.Score * OverruleWindow && OverruledBy(top.Procedure, h.Procedure, query, Terms)))
            .ToList();

        // Two-syllable phrases count here ("người Mỹ"): they only complete a name the question already starts.
        // A long name the citizen wrote out is theirs to ask for: no other record's words rule it out below.
        Procedure? writtenOut = null;
        if (NamedInQuestion(relevant, candidates, queryFolded, meant) is { } named
            && !named.Any(h => WrittenAsDone(VocabularyOf(h.Procedure).FamilyWords, queryFolded) || (QuestionTerms.MayTellDone(query) && VocabularyOf(h.Procedure).FamilyWords.Any(Terms().SaysOnlyAsDone))
                || Terms().TypedOnlyAsSuffered(VocabularyOf(h.Procedure).FamilyName)))
        {
            // A name written after "đã" ("đã được chỉ định là cơ sở kiểm nghiệm …") is what the citizen has, not asks;
            // one told as tried and failed ("hòa giải ở xã không thành") or as done to them ("bị thu hồi chứng chỉ hành
            // nghề luật sư") is not asked either.
            // A record that is the written-out name refined by words the citizen also says ("Gia hạn tạm trú cho người
            // đã được cấp giấy miễn thị thực" for "nhập cảnh bằng giấy miễn thị thực, giờ muốn gia hạn tạm trú") stays
            // beside it, for the usual rules to decide between them.
            candidates = [.. named, .. relevant.Where(h => !named.Contains(h) && named.Any(n => NarrowsAsSaid(h.Procedure, n.Procedure, Terms())))];
            // A shorter name counts as written out when the search's best hit is named by none of the citizen's words.
            writtenOut = named.Count == 1 && (VocabularyOf(named[0].Procedure).FamilyWords.Count >= MinWrittenOutWords
                || (named[0] != relevant[0] && !SaysAnyOf(VocabularyOf(relevant[0].Procedure).FamilyWords, queryFolded))) ? named[0].Procedure : null;
        }
        else if (hits[0] != top && hits[0].Score >= _options.ProbableScore && !RequestPrefers(wantedText, top.Procedure, hits[0].Procedure))
        {
            // The search's best hit lost only the word-overlap test (it matched through synonyms or its sections):
            // it stays beside the confirmed one rather than hide the search's first choice.
            candidates.Insert(0, hits[0]);
        }

        // One procedure, possibly at several levels: what its name leaves unexplained may point at another procedure.
        // Usually it is context the citizen told ("… để sau này có lương hưu"), so it is offered beside the answer; it is
        // asked about only when it scores close to the first.
        var explaining = new List<SearchHit>();
        if (candidates.All(c => SameFamily(c.Procedure, candidates[0].Procedure)))
        {
            // A story told before what the citizen wants ("chồng cũ không cấp dưỡng theo bản án ly hôn, muốn yêu cầu thi
            // hành án …"): when the request names the answer, the story's words are context, not other procedures.
            var wanted = wantedText is null ? null : " " + VietnameseText.Fold(wantedText) + " ";
            var wantedTopic = wanted is null ? [] : topic.Where(w => wanted.Contains(" " + VietnameseText.Fold(w) + " ", StringComparison.Ordinal)).ToList();
            explaining.AddRange(wantedTopic.Count > 0 && IsRelevant(TopicUnits(wantedTopic), candidates[0].Procedure)
                ? ExplainingRunnersUp(hits, candidates, wantedTopic, _search.SynonymsOf(wantedText!, MinSynonymPhraseSyllables))
                : ExplainingRunnersUp(hits, candidates, topic, longMeanings));
        }

        var families = Families(candidates.Concat(explaining), request.Level);
        // Looked for among all the search's hits: the citizen's words ("chồng em người Úc") confirm the plain record, and
        // the editors' synonyms read the foreigner in them.
        if (families.Count > 0 && ForeignersVariant(families[0].Procedure, samePaper, query, meanings) is { } foreigners)
        {
            // "Chồng tôi người Hàn Quốc … gia hạn tạm trú": the record for foreigners, though the plain one ranks first.
            families = Families([foreigners, .. relevant.Where(h => h != foreigners)], request.Level);
        }

        KeepTheFieldNamed(families, query);
        var statedAge = AgeLimits.StatedAge(query);
        if (statedAge is { } stated && families.Count > 0 && AgeLimits.Excludes(families[0].Procedure, stated)
            && ForAge(families[0].Procedure, stated, query, request.Level, cancellationToken) is { } forAge)
        {
            // "con tôi 9 tuổi làm thẻ căn cước": the first is the adults' card; the same thing's record for that age is
            // the answer, even when the ranking left it out and kept only the card's re-issue.
            families = [(forAge.Procedure, families[0].Score)];
        }
        else if (statedAge is { } age && families.Any(f => !AgeLimits.Excludes(f.Procedure, age)))
        {
            // "Con tôi 5 tuổi": the card for children under 14, without asking.
            families.RemoveAll(f => AgeLimits.Excludes(f.Procedure, age));
        }

        if (OwnerCounts.Stated(query) is { } owners && families.Any(f => !OwnerCounts.Excludes(f.Procedure, owners)))
        {
            // "3 anh em mình góp vốn mở công ty TNHH": the company of two or more members, without asking.
            families.RemoveAll(f => OwnerCounts.Excludes(f.Procedure, owners));
        }

        if (families.Count > 1 && (request.Level ?? OfficeLevels.Named(request.Sentence ?? query)) is { } office
            && families.Any(f => f.Procedure.Levels.Contains(office, StringComparer.Ordinal)))
        {
            // "bị công an phường xử phạt, muốn khiếu nại": of one procedure's records at several levels, the one at the
            // office the citizen names, without asking.
            families.RemoveAll(f => !f.Procedure.Levels.Contains(office, StringComparer.Ordinal)
                && families.Any(g => g.Procedure.Levels.Contains(office, StringComparer.Ordinal) && AreLevelVariants(f.Procedure, g.Procedure)));
        }

        if (families.Count == 1 && VocabularyOf(families[0].Procedure).SideActCues is { } cues && !SaysAny(cues, queryFolded, meanings))
        {
            // "muốn hưởng trợ cấp thất nghiệp" finds only "Ủy quyền lĩnh thay … trợ cấp thất nghiệp": the benefit is
            // named, the act on it is not. Offered as a guess, so the citizen is not told the wrong procedure's facts.
            return new(MatchKind.Probable, [families[0].Procedure]) { TopScore = hits[0].Score };
        }

        if (families.Count == 1)
        {
            return new(MatchKind.Unique, [families[0].Procedure])
            {
                TopScore = hits[0].Score,
                Alternatives = OtherConfirmed(request, families[0].Procedure, relevant, families).Take(MaxChoices - 1).Select(f => f.Procedure).ToList(),
            };
        }

        // Different procedures: ask only when the second scores close to the first; otherwise answer the first and
        // offer the others beside it. Among close ones, those the citizen's own words rule out are not asked about.
        var first = families[0];
        var close = families.Skip(1)
            .Where(f => f.Score >= first.Score * _options.AskRatio
                || (f.Score >= first.Score * OverruleWindow && writtenOut is null && OverruledBy(first.Procedure, f.Procedure, query, Terms)))
            .ToList();
        if (close.Count > 0)
        {
            var contenders = Undominated([first, .. close], Terms(), writtenOut);
            // Still several: the part after the last "thì" says what is asked, then what the citizen says they want
            // ("… giờ muốn xin thẻ thường trú"); the rest was the situation. Each must name something itself: "… thì nộp ở
            // đâu, bao lâu" only asks for facts.
            foreach (var part in (string?[])[QuestionFocus.RequestOf(request.Sentence ?? query), wantedText])
            {
                if (contenders.Count > 1 && part is not null && new TokenizedText(part).Words.Count(request.TopicWords.Contains) >= 2)
                {
                    contenders = Undominated(contenders, new QuestionTerms(part, [], _search.SynonymsOf(part, 2)), writtenOut);
                }
            }

            if (contenders[0].Procedure != first.Procedure)
            {
                families.Remove(contenders[0]);
                families.Insert(0, contenders[0]);
                first = contenders[0];
            }

            close = contenders.Skip(1).ToList();
        }
        if (close.Count == 0)
        {
            // Beside the answer: the other candidates first, then other procedures the question's words confirm.
            var others = families.Skip(1).Concat(OtherConfirmed(request, first.Procedure, relevant, families));
            return new(MatchKind.Unique, [first.Procedure])
            {
                TopScore = hits[0].Score,
                Alternatives = others.Take(MaxChoices - 1).Select(f => f.Procedure).ToList(),
            };
        }

        // Only what is worth asking about: the first and the close ones, never a long tail of loosely related records.
        return new(MatchKind.Ambiguous, close.Prepend(first).Take(MaxChoices).Select(f => f.Procedure).ToList()) { TopScore = hits[0].Score };
    }

    /// <summary>The record of <paramref name="excluded"/>'s thing ("thẻ căn cước") whose age limits admit <paramref name="age"/>, if the catalogue has one.</summary>
    private (Procedure Procedure, float Score)? ForAge(Procedure excluded, int age, string query, string? level, CancellationToken cancellationToken)
    {
        var thing = new TokenizedText(TopicVariants.ThingOf(excluded)).Folded;
        var hits = _search.Search(new SearchRequest(TopicVariants.ThingOf(excluded) + " " + query) { MaxResults = KindDepth, IncludeSnippets = false }, cancellationToken);
        return Families(hits.Where(h => AgeLimits.Limits(h.Procedure) && !AgeLimits.Excludes(h.Procedure, age)
                && thing.All(VocabularyOf(h.Procedure).Folded.Contains)), level)
            .Cast<(Procedure Procedure, float Score)?>()
            .FirstOrDefault();
    }

    /// <summary>
    /// The procedures whose names start with everything the question says, when that is two syllables or more and
    /// nothing else ("chứng thực" → "Chứng thực di chúc", "Chứng thực chữ ký …"): at most <see cref="MaxChoices"/>, one per family.
    /// </summary>
    private List<Procedure> KindNamed(IReadOnlyList<string> topic, string query, string? level, CancellationToken cancellationToken)
    {
        var said = string.Join(' ', topic.Select(VietnameseText.Fold));
        if (topic.Count < 2 || said.Length == 0)
        {
            return [];
        }

        // Deeper than an answer's search: a kind has many members, and only a question this vague pays for it.
        var hits = _search.Search(new SearchRequest(query) { MaxResults = KindDepth, IncludeSnippets = false }, cancellationToken);

        // The ones editors gave the most colloquial names first: those are the ones citizens ask for.
        return Families(hits.Where(h => (VocabularyOf(h.Procedure).FamilyName + " ").StartsWith(said + " ", StringComparison.Ordinal)), level)
            .OrderByDescending(f => f.Procedure.Aliases.Count)
            .Take(MaxChoices)
            .Select(f => f.Procedure)
            .ToList();
    }

    /// <summary>
    /// Of candidates for a household business and for a company, the one for the kind of business the conversation is
    /// about (<paramref name="discussed"/>): "muốn tạm ngừng kinh doanh 2 tháng" after registering the family's shop is
    /// the household business's pause. Null when the discussed procedure is for neither or several candidates fit.
    /// </summary>
    public static Procedure? OfTheBusinessDiscussed(IReadOnlyList<Procedure> candidates, Procedure discussed)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(discussed);
        if (BusinessKinds.Of(discussed) is not { } kind)
        {
            return null;
        }

        var same = candidates.Where(c => BusinessKinds.Of(c) == kind).ToList();
        return same.Count == 1 && candidates.Any(c => BusinessKinds.Of(c) is { } other && other != kind) ? same[0] : null;
    }

    /// <summary>
    /// The procedure whose every distinctive name word the request part of a long message holds (see
    /// <see cref="QuestionFocus"/>), when none of the message's own first hits is so named: searched for on the request
    /// alone, so only such messages pay for a second search.
    /// </summary>
    private SearchHit? WrittenOutInRequest(string? wantedText, IReadOnlyList<SearchHit> hits, CancellationToken cancellationToken)
    {
        if (wantedText is null)
        {
            return null;
        }

        var focus = QuestionFocus.WithoutPurpose(wantedText);
        var said = new TokenizedText(focus).Folded.ToHashSet(StringComparer.Ordinal);
        if (said.Count < MinWrittenOutWords || hits.Any(h => IsNamedIn(said, h.Procedure)))
        {
            return null;
        }

        var found = _search.Search(new SearchRequest(focus) { MaxResults = 1, IncludeSnippets = false }, cancellationToken);
        return found.Count == 1 && IsNamedIn(said, found[0].Procedure) && VocabularyOf(found[0].Procedure).Distinctive.Count >= MinWrittenOutWords ? found[0] : null;
    }

    /// <summary>
    /// Whether what the citizen says they want, after the story, holds words of <paramref name="x"/>'s name that
    /// <paramref name="y"/>'s lacks and none the other way: "… ly hôn, tòa bảo phải nộp tạm ứng chi phí định giá" asks
    /// for the advance on the valuation, whatever the search makes of the story's "ly hôn".
    /// </summary>
    private static bool RequestPrefers(string? focus, Procedure x, Procedure y)
    {
        if (focus is null)
        {
            return false;
        }

        var terms = new QuestionTerms(QuestionFocus.WithoutPurpose(focus), []);
        return Evidence(x, y, terms, pairs: false) >= 2 && Evidence(y, x, terms, pairs: false) == 0;
    }

    /// <summary>
    /// A lower relevant hit that the request part of a long message names (<see cref="QuestionFocus"/>) while the first
    /// hit shares nothing with it: two words of the request that only the lower name holds ("hưởng tử tuất" against
    /// "đóng BHXH", which was the story), within <see cref="FocusWindow"/> of the first.
    /// </summary>
    private SearchHit? FocusedRunnerUp(string? focus, List<SearchHit> relevant, Func<QuestionTerms> question, string[] queryFolded)
    {
        // What follows the last "thì" was tried here as well, for messages without these words: one more dev question
        // answered, one portal FAQ menu turned into a wrong answer; it only breaks ties (see Match).
        if (relevant.Count < 2 || focus is null)
        {
            return null;
        }

        focus = QuestionFocus.WithoutPurpose(focus);
        var terms = new QuestionTerms(focus, []);
        var focusWords = new TokenizedText(focus).Folded;
        var focusFolded = " " + string.Join(' ', focusWords) + " ";
        var top = relevant[0];
        // The editors' synonyms may say the request means the first ("đổi nơi khám chữa bệnh ban đầu" is a change on
        // the health insurance card): the words it shares with a lower name ("khám, chữa bệnh") do not outvote that.
        // Looked up only for a hit the rule would choose.
        IReadOnlyList<string>? focusMeanings = null;
        bool? meansTop = null;
        bool SynonymsMeanTheFirst(Procedure lower)
        {
            focusMeanings ??= _search.SynonymsOf(focus, MinSynonymPhraseSyllables);
            meansTop ??= MeaningSpelledIn(focusMeanings, top.Procedure);
            return meansTop.Value && !MeaningSpelledIn(focusMeanings, lower);
        }

        // What the request says, read through the editors' synonyms ("tách khỏi hộ" → "tách hộ") and abbreviations.
        var focusMeant = _search.SynonymsOf(focus, 2).SelectMany(m => m.Split(' '))
            .Concat(focusWords).Concat(AbbreviatedThings(focusWords).SelectMany(w => w)).ToHashSet(StringComparer.Ordinal);
        bool? namesTop = null;
        return relevant.Skip(1)
            .Where(h => h.Score >= top.Score * NamedFocusWindow && !SameFamily(h.Procedure, top.Procedure))
            // Words only: the pairs were not part of the focus rule's measurement.
            .FirstOrDefault(h => ((h.Score >= top.Score * FocusWindow
                    // A request that names the first whole ("muốn đăng ký thường trú vào nhà mới") needs a third word
                    // of the lower name: "vào" and "nhà" alone do not make it a confirmation for rented homes.
                    && ((Evidence(h.Procedure, top.Procedure, terms, pairs: false) >= (namesTop ??= IsNamedIn(focusMeant, top.Procedure)) switch { true => 3, false => 2 }
                            && Evidence(top.Procedure, h.Procedure, terms, pairs: false) == 0)
                        || (AliasIn(h.Procedure, focusFolded, top.Procedure) && !AliasIn(top.Procedure, focusFolded, null) && Evidence(top.Procedure, h.Procedure, terms, pairs: false) == 0
                            // Not when the first is the lower one for a case the story tells in the editors' words ("ông
                            // tôi chưa bao giờ có giấy khai sinh, giờ muốn làm khai sinh"): the request's plain name is the case's.
                            && !(VocabularyOf(h.Procedure).FamilyWords.All(VocabularyOf(top.Procedure).FamilyWords.Contains)
                                && AliasIn(top.Procedure, " " + string.Join(' ', queryFolded) + " ", null)))))
                // The request names the lower hit whole and the first one not at all: the first was named by the story
                // ("Con trai lấy vợ rồi, muốn tách khỏi hộ bố mẹ" is a household split, not a marriage), unless the first
                // is the lower one refined by the story ("bạn trai người Hàn Quốc … muốn đăng ký kết hôn").
                || (VocabularyOf(h.Procedure).ThingWords.All(w => focusMeant.Contains(w) || MatchLexicon.LinkWords.Contains(w)) && !IsNamedIn(focusMeant, top.Procedure) && !AliasIn(top.Procedure, focusFolded, null)
                    && !RefinedBy(top.Procedure, h.Procedure)
                    && Evidence(top.Procedure, h.Procedure, terms, pairs: false) == 0))
                // Undoing what the request asks to do ("chấm dứt hoạt động chi nhánh") is never what it names, nor a
                // name excluding it ("… không thay đổi nội dung đăng ký" for a change).
                && !UnaskedReversal(h.Procedure, top.Procedure, terms) && !ExcludesWhatIsSaid(h.Procedure, top.Procedure, terms)
                && !SynonymsMeanTheFirst(h.Procedure)
                // Nor the plain record when the whole question is foreign and the first is its foreign-element variant:
                // "con sinh ở Nhật … làm khai sinh ở đâu" asks that one, though the request alone says only "khai sinh".
                && !(HasForeignElement(top.Procedure) && !HasForeignElement(h.Procedure) && question().Says("ngoai", ForeignSpellings)));
    }

    /// <summary>
    /// <paramref name="refined"/>'s name holds all of <paramref name="plain"/>'s, and the question says two of the words
    /// it adds and none that only the plain one has: weaker than <see cref="RefinedAsSaid"/>, which needs every added
    /// word said, so it only keeps a record beside a written-out name for the other rules to weigh.
    /// </summary>
    private static bool NarrowsAsSaid(Procedure refined, Procedure plain, QuestionTerms question) =>
        VocabularyOf(plain).FamilyWords.All(VocabularyOf(refined).FamilyWords.Contains)
        && Evidence(refined, plain, question) >= 2 && Evidence(plain, refined, question) == 0;

    /// <summary>
    /// <paramref name="refined"/> is <paramref name="plain"/> for someone or something the story named: its name holds
    /// all of the plain one's, or, when the plain name lists several things, all of the first ("Đăng ký hoạt động chi
    /// nhánh, văn phòng đại diện, …" refined as "Đăng ký hoạt động cho chi nhánh của Trung tâm tư vấn pháp luật").
    /// </summary>
    private static bool RefinedBy(Procedure refined, Procedure plain)
    {
        var own = VocabularyOf(refined).FamilyWords;
        var theirs = VocabularyOf(plain);
        return theirs.FamilyWords.All(own.Contains)
            || (theirs.FirstListedWords.Count >= MinListedWords && theirs.FirstListedWords.Count < theirs.FamilyWords.Count && theirs.FirstListedWords.All(own.Contains));
    }

    // Words of a name's first listed thing that make it a thing of its own ("đăng ký hoạt động chi nhánh", not "cấp").
    private const int MinListedWords = 3;

    /// <summary>
    /// Whether <paramref name="sentence"/> (folded, space-padded) holds a whole alias of two or more words of <paramref name="procedure"/> ("sang
    /// tên sổ đỏ") that is not part of <paramref name="other"/>'s name: "đăng ký kết hôn" names the marriage with a
    /// foreigner as much as the plain one.
    /// </summary>
    private static bool AliasIn(Procedure procedure, string sentence, Procedure? other)
    {
        var otherName = other is null ? null : " " + VocabularyOf(other).FamilyName + " ";
        return VocabularyOf(procedure).AliasWords
            .Where(alias => alias.Length > 1)
            .Select(alias => " " + string.Join(' ', alias) + " ")
            .Any(alias => sentence.Contains(alias, StringComparison.Ordinal) && otherName?.Contains(alias, StringComparison.Ordinal) != true);
    }

    /// <summary>
    /// Words of <paramref name="x"/>'s name the question says and <paramref name="y"/>'s vocabulary lacks. A pair of
    /// the name's words the question says in a row, and <paramref name="y"/>'s names never hold, is worth two: "doanh
    /// nghiệp" against "hộ kinh doanh", "một thành viên" against "hai thành viên trở lên".
    /// </summary>
    private static int Evidence(Procedure x, Procedure y, QuestionTerms question, bool pairs = true)
    {
        var own = VocabularyOf(x);
        var theirs = VocabularyOf(y);
        // Whom a company's procedure is for says nothing against another company's: "công ty TNHH" in "Đăng ký thành
        // lập công ty TNHH một thành viên" is no evidence against the pause of a "doanh nghiệp".
        var subject = BusinessKinds.Of(y) is BusinessKinds.Kind.Company && BusinessKinds.Of(x) is BusinessKinds.Kind.Company ? BusinessKinds.CompanyWords : null;
        var words = own.FamilyWords
            .Where(w => !theirs.Folded.Contains(w) && !MatchLexicon.LinkWords.Contains(w) && (!MatchLexicon.WeakFolded.Contains(w) || ActionWords.Contains(w))
                && subject?.Contains(w) != true && !w.All(char.IsAsciiDigit))
            .Distinct()
            .Count(w => question.Says(w, own.Words));
        if (words >= 2 || !pairs)
        {
            return words;
        }

        // A pair reads its words as the name spells them: "tử tuất" is a pair of the survivor benefit's name, though
        // folded "tu" alone is also the link word "từ". A number counts only in its pair: "loại 3" is the class of
        // "… trung tâm sát hạch lái xe loại 3", while the "1" of "rách mất 1 góc" is no "loại 1".
        var family = own.FamilyWords;
        for (var i = 0; i + 1 < family.Count; i++)
        {
            var (a, b) = (family[i], family[i + 1]);
            if (!own.NameLinkWords.Contains(a) && !own.NameLinkWords.Contains(b)
                && (!(MatchLexicon.WeakFolded.Contains(a) && MatchLexicon.WeakFolded.Contains(b)) || MatchLexicon.StrongPairs.Contains(a + " " + b))
                && !theirs.Pairs.Contains(a + " " + b) && question.SaysPair(a + " " + b)
                && !(subject?.Contains(a) == true && subject.Contains(b)))
            {
                return 2;
            }
        }

        return words;
    }

    /// <summary>
    /// The close candidates the question does not rule out. A candidate is ruled out when another's name holds words
    /// of the question that its own vocabulary lacks, and it holds none that the other lacks: "Giấy chứng nhận đăng ký
    /// doanh nghiệp của công ty" rules out "… hộ kinh doanh"; "miễn kiểm định lần đầu" rules out the periodic
    /// inspection. The details the citizen gave decide, instead of a question back.
    /// </summary>
    private static List<(Procedure Procedure, float Score)> Undominated(List<(Procedure Procedure, float Score)> contenders, QuestionTerms question, Procedure? writtenOut)
    {
        // Unless another contender is that name refined ("Gia hạn chỉ định …"), or the citizen wrote it as done ("đã được
        // cấp Giấy chứng nhận khai thác cảng hàng không").
        if (writtenOut is not null && contenders.Any(c => c.Procedure == writtenOut)
            && !contenders.Any(c => c.Procedure != writtenOut
                && (VocabularyOf(writtenOut).FamilyWords.All(VocabularyOf(c.Procedure).FamilyWords.Contains) || AlreadyDone(writtenOut, c.Procedure, question))))
        {
            return [.. contenders.Where(c => c.Procedure == writtenOut)];
        }

        // One shared word is weak evidence: a common verb ("chuyển"), or a spelling without diacritics that stands for
        // several words ("gop" is "gộp" or "góp", "hop" is "hợp đồng" or "trường hợp"). Two are needed.
        const int Needed = 2;
        // A candidate the question rules out cannot rule out another with its words ("vợ hoặc chồng" of a foreign
        // adoption against "vợ chồng tôi muốn nhận con nuôi").
        var kept = contenders.Where(x => !contenders.Any(y => y.Procedure != x.Procedure
            && (RuledOutBy(x.Procedure, y.Procedure, question)
                || (Evidence(y.Procedure, x.Procedure, question) >= Needed && Evidence(x.Procedure, y.Procedure, question) == 0
                    && !RuledOutBy(y.Procedure, x.Procedure, question))))).ToList();
        return kept.Count > 0 ? kept : contenders;
    }

    private static bool RuledOutBy(Procedure x, Procedure y, QuestionTerms question) =>
        UnaskedReversal(x, y, question) || UnaskedAction(x, y, question) || UnaskedLeadingAction(x, y, question) || AskedAction(x, y, question) || AskedLeadingAction(x, y, question) || UnaskedOtherAction(x, y, question) || UnaskedQualifier(x, y, question) || UnaskedAbroad(x, y, question) || UnaskedForeignTrade(x, y, question) || UnaskedForeignElement(x, y, question)
        || OtherKindOfBusiness(x, y, question) || OrganisationsOnlyUnasked(x, y, question) || PersonsOnlyUnasked(x, y, question) || AlreadyDone(x, y, question) || ThingsUnsaid(x, y, question) || ExceptionUnsaid(x, y, question) || CaseUnsaid(x, y, question) || ExcludesWhatIsSaid(x, y, question) || RefinedAsSaid(x, y, question)
        || SiblingAsSaid(x, y, question);

    /// <summary>
    /// <paramref name="x"/>'s name excludes what the question is about ("… tài sản khác …, không phải là bất động sản"
    /// against "bố mẹ cho con mảnh đất", which the synonyms read as real estate; "… không thay đổi nội dung đăng ký"
    /// against a change asked for), and <paramref name="y"/>'s does not.
    /// </summary>
    private static bool ExcludesWhatIsSaid(Procedure x, Procedure y, QuestionTerms question)
    {
        var own = VocabularyOf(x);
        var words = own.FamilyWords;
        for (var i = 0; i + 3 < words.Count; i++)
        {
            // "không phải là …" excludes a thing; "không phải xin phép" says what the citizen need not do.
            if (words[i] == "khong" && words[i + 1] == "phai" && words[i + 2] == "la")
            {
                var excluded = words.Skip(i + 3).Take(MaxExcludedWords).ToList();
                return excluded.Count > 0 && excluded.All(w => question.Says(w, own.Words))
                    && !(" " + VocabularyOf(y).FamilyName + " ").Contains(" khong phai ", StringComparison.Ordinal);
            }

            // "… không thay đổi nội dung đăng ký" against a question that asks a change and never says "không".
            if (words[i] == "khong" && words[i + 1] == "thay" && words[i + 2] == "doi")
            {
                return question.Typed("thay doi") && !question.Typed("khong thay doi")
                    && !(" " + VocabularyOf(y).FamilyName + " ").Contains(" khong thay doi ", StringComparison.Ordinal);
            }
        }

        return false;
    }

    // "không phải là bất động sản": the name's last words after the negation, a thing of a few words.
    private const int MaxExcludedWords = 3;

    /// <summary>
    /// <paramref name="y"/> is for "tài sản khác", everything its sibling <paramref name="x"/> does not name, and the
    /// question names none of what <paramref name="x"/> is for: registration fee on a used car is not the one on
    /// "nhà, đất".
    /// </summary>
    private static bool ThingsUnsaid(Procedure x, Procedure y, QuestionTerms question)
    {
        var theirs = VocabularyOf(y);
        var name = " " + theirs.FamilyName + " ";
        if (!name.Contains(" tai san khac ", StringComparison.Ordinal) || name.Contains(" khong phai ", StringComparison.Ordinal))
        {
            return false;
        }

        var own = VocabularyOf(x);
        var things = own.FamilyWords.Where(w => !theirs.FamilyWords.Contains(w) && !MatchLexicon.LinkWords.Contains(w)).ToList();
        return things.Count > 0 && !things.Any(w => question.Says(w, own.Words));
    }

    /// <summary>
    /// <paramref name="y"/> is its thing "trừ …", everything but the case <paramref name="x"/> is for, and the question
    /// says nothing of that case: a commune's disease-free zone is the general record, not the one for "vùng an toàn
    /// dịch bệnh cấp tỉnh và … phục vụ xuất khẩu".
    /// </summary>
    private static bool ExceptionUnsaid(Procedure x, Procedure y, QuestionTerms question)
    {
        var theirs = VocabularyOf(y).FamilyWords;
        // Folded, "tru" is also the "trú" of "Đăng ký thường trú": the name must spell "trừ".
        var except = IndexOfWord(theirs, "tru");
        if (except <= 0 || !y.Name.Contains("trừ ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var own = VocabularyOf(x);
        if (IndexOfWord(own.FamilyWords, "tru") >= 0)
        {
            // Both have exceptions: siblings, not the general case and its exception ("Cấp" and "Cấp lại" of one).
            return false;
        }

        var general = theirs.Take(except).ToHashSet(StringComparer.Ordinal);
        var things = own.FamilyWords.Where(w => !general.Contains(w) && !MatchLexicon.LinkWords.Contains(w) && !MatchLexicon.WeakFolded.Contains(w)).ToList();
        // The general case's words, but for a place's filler ("trên địa bàn"), are the exception's too.
        return general.All(w => own.Folded.Contains(w) || PlaceFiller.Contains(w)) && things.Count > 0 && !things.Any(w => question.Says(w, own.Words));
    }

    private static readonly HashSet<string> PlaceFiller = new(["tren", "dia", "ban"], StringComparer.Ordinal);

    // Names sharing this share of the shorter one's words are one procedure at two levels.
    private const double LevelVariantShare = 0.8;

    /// <summary>
    /// Whether two names are one procedure at two levels: the shorter's words nearly all in the longer ("Giải quyết
    /// khiếu nại … (thực hiện tại cấp tỉnh)" and "… thực hiện tại cấp xã (phải là cán bộ …)").
    /// </summary>
    private static bool AreLevelVariants(Procedure a, Procedure b)
    {
        var (x, y) = (VocabularyOf(a).FamilyWords.ToHashSet(StringComparer.Ordinal), VocabularyOf(b).FamilyWords.ToHashSet(StringComparer.Ordinal));
        var shorter = Math.Min(x.Count, y.Count);
        return shorter > 0 && x.Intersect(y).Count() >= shorter * LevelVariantShare;
    }

    /// <summary>
    /// <paramref name="x"/>'s name spells out the case it is for ("Miễn, giảm trong các trường hợp bất khả kháng, thiên
    /// tai, hỏa hoạn, tai nạn bất ngờ"), <paramref name="y"/>'s names no case, and the question says none of the case's
    /// words: a poor household's exemption from the land tax is the general record, not the one for disasters.
    /// </summary>
    private static bool CaseUnsaid(Procedure x, Procedure y, QuestionTerms question)
    {
        var own = VocabularyOf(x);
        var theirs = VocabularyOf(y);
        if (own.OpeningCase is not { } opening || theirs.NamesACase)
        {
            return false;
        }

        var caseWords = opening
            .Where(w => !theirs.Folded.Contains(w) && !MatchLexicon.LinkWords.Contains(w) && !MatchLexicon.WeakFolded.Contains(w) && !w.All(char.IsAsciiDigit))
            .Distinct()
            .ToList();
        // Who files outweighs an unsaid case: a household's forest plan "trường hợp có tổ chức các hoạt động du lịch sinh
        // thái" is still the household's, against the organisations' plan.
        return caseWords.Count >= MinCaseWords && !caseWords.Any(w => question.Says(w, own.Words))
            && !OrganisationsOnlyUnasked(y, x, question) && !PersonsOnlyUnasked(y, x, question);
    }

    // A case of one word ("trường hợp khác") says too little to rule a record out.
    private const int MinCaseWords = 2;

    private static int IndexOfWord(IReadOnlyList<string> words, string word)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == word)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// What <paramref name="x"/>'s name adds to <paramref name="y"/>'s, the citizen says only as done ("hộ chiếu đã báo
    /// mất rồi, giờ tìm thấy" has reported the loss; "con trai đã lấy vợ rồi" has married): they ask for the next step.
    /// </summary>
    private static bool AlreadyDone(Procedure x, Procedure y, QuestionTerms question)
    {
        var own = VocabularyOf(x);
        var theirs = VocabularyOf(y);
        var said = own.FamilyWords.Where(w => !theirs.Folded.Contains(w) && !MatchLexicon.LinkWords.Contains(w) && question.Says(w, own.Words)).ToList();
        return said.Count > 0 && said.All(question.SaysOnlyAsDone);
    }

    /// <summary>
    /// One of <paramref name="x"/> and <paramref name="y"/> is for a household business, the other for a company, and
    /// the question names only the kind <paramref name="y"/> is for: "công ty TNHH của em muốn tạm ngừng kinh doanh" is
    /// the company's pause, not the household business's, however close their names.
    /// </summary>
    private static bool OtherKindOfBusiness(Procedure x, Procedure y, QuestionTerms question)
    {
        var (household, company) = (BusinessKinds.Household.Any(question.Typed), BusinessKinds.Company.Any(question.Typed));
        return household != company && BusinessKinds.Of(x) is { } xKind && BusinessKinds.Of(y) is { } yKind && xKind != yKind
               && yKind == (household ? BusinessKinds.Kind.Household : BusinessKinds.Kind.Company);
    }

    /// <summary>
    /// <paramref name="x"/> is <paramref name="y"/> renewed, reissued or changed ("Cấp lại …", "Gia hạn …" against
    /// "Cấp …"), and the question says none of that: opening a shop needs the certificate, not its renewal.
    /// </summary>
    private static bool UnaskedAction(Procedure x, Procedure y, QuestionTerms question)
    {
        // Said as the action is spelled: "lái xe" in "giáo viên dạy thực hành lái xe" is no "cấp lại".
        return LaterSteps(x, y) is { Count: > 0 } steps && !steps.Any(w => question.Says(w, FollowUpActions[w]));
    }

    /// <summary>
    /// The later-step words ("lai", "gia", "han") by which <paramref name="later"/>'s head is <paramref name="first"/>'s,
    /// whose own extra words are only first-step ones ("cấp", "mới"); empty when the heads differ otherwise.
    /// </summary>
    private static List<string> LaterSteps(Procedure later, Procedure first)
    {
        var own = VocabularyOf(later);
        var theirs = VocabularyOf(first);
        // The heads: the brackets' lists of works differ between siblings ("Sửa chữa, cải tạo" in the re-issue's only).
        // Counted: "Cấp lại … lái xe" has one "lai" more than "Cấp … lái xe" once folded.
        // "Cấp lại Giấy đăng ký hoạt động …" re-issues the paper "Đăng ký hoạt động …" grants: its "cấp" and "giấy"
        // name the paper, "lại" is the step.
        var extra = Beyond(own.HeadWords, theirs.HeadWords);
        var steps = extra.Where(w => !PaperOpeners.Contains(w)).ToList();
        return steps.Count > 0 && steps.All(FollowUpActions.ContainsKey) && Beyond(theirs.HeadWords, own.HeadWords).All(FirstActions.Contains) ? steps : [];
    }

    /// <summary>
    /// <paramref name="x"/>'s name opens with a later step ("Cấp lại Giấy phép đào tạo lái xe ô tô khi …"),
    /// <paramref name="y"/>'s with the first one on the same paper ("Cấp Giấy phép đào tạo lái xe, …"), and the question
    /// says no later step: "muốn mở cơ sở đào tạo lái xe, xin giấy phép đào tạo lái xe" is the first licence, however
    /// many words of the re-issue's case it shares. Read as the names spell it: the "lái" of "lái xe" is no "lại".
    /// </summary>
    private static bool UnaskedLeadingAction(Procedure x, Procedure y, QuestionTerms question) =>
        LeadingLaterSteps(x, y) is { Later.Count: > 0 } lead
        && !lead.Later.Any(w => question.SaysItself(VietnameseText.Fold(w), [w]))
        && !LostOrWorn.Any(question.Typed) && !question.TellsLoss;

    /// <summary>
    /// The later-step words <paramref name="later"/>'s name opens with ("lại" of "Cấp lại Giấy phép …") where
    /// <paramref name="first"/>'s opens with none on the same paper, and that paper's first words; null otherwise.
    /// </summary>
    private static (List<string> Later, List<string> Paper)? LeadingLaterSteps(Procedure later, Procedure first)
    {
        var (ownLater, ownPaper) = LeadingAction(later);
        var (theirLater, theirPaper) = LeadingAction(first);
        // A short paper the later name spells whole ("Cấp lại thẻ căn cước") is the same paper when the first name opens
        // with it ("Cấp thẻ căn cước cho người dưới 14 tuổi").
        var samePaper = ownPaper.Length == SamePaperWords ? theirPaper.Length == SamePaperWords && ownPaper.SequenceEqual(theirPaper, StringComparer.Ordinal)
            : ownPaper.Length >= MinWholePaperWords && theirPaper.Length > ownPaper.Length && theirPaper.Take(ownPaper.Length).SequenceEqual(ownPaper, StringComparer.Ordinal);
        return ownLater.Length > 0 && theirLater.Length == 0 && samePaper
            ? ([.. ownLater], ownPaper.Select(VietnameseText.Fold).ToList())
            : null;
    }

    // What makes a paper need its later step without saying it: "thẻ bị ướt nhòe hết thông tin", "mất giấy phép".
    private static readonly string[] LostOrWorn = ["hong", "hu", "rach", "nhoe", "that lac", "het han", "sai", "trom", "bi chay"];


    /// <summary>
    /// <paramref name="y"/>'s name opens with a later step on <paramref name="x"/>'s paper ("Đổi chứng nhận đăng ký xe" against
    /// "Cấp chứng nhận đăng ký xe … trường hợp thay đổi chủ xe"), and the citizen's own words ask that step on a paper.
    /// </summary>
    private static bool AskedLeadingAction(Procedure x, Procedure y, QuestionTerms question) =>
        LeadingLaterSteps(y, x) is { } lead && lead.Later.All(w => question.SaysStepOn(VietnameseText.Fold(w), [w], lead.Paper));

    // The paper's first words both names must share ("giấy phép đào tạo lái").
    private const int SamePaperWords = 4;

    // A paper named whole in fewer words than that ("thẻ căn cước").
    private const int MinWholePaperWords = 3;

    /// <summary>
    /// The later-step words a name opens with after "Cấp" ("lại", "đổi"), as spelled, and the first words of the paper
    /// after them; worked out once per procedure, as the matcher compares every pair of candidates on every message.
    /// </summary>
    private static LeadingSteps LeadingAction(Procedure procedure) =>
        LeadingActions.GetValue(procedure, static p =>
        {
            var words = new TokenizedText(p.Name).Words.ToList();
            if (words.Count > 2 && words[0] == "thủ" && words[1] == "tục")
            {
                words.RemoveRange(0, 2);
            }

            var at = words.Count > 0 && words[0] == "cấp" ? 1 : 0;
            var later = new List<string>();
            while (at < words.Count && LaterStepWords.Contains(words[at]))
            {
                later.Add(words[at++]);
            }

            return new LeadingSteps([.. later], [.. words.Skip(at).Take(SamePaperWords)]);
        });

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Procedure, LeadingSteps> LeadingActions = [];

    private sealed record LeadingSteps(string[] Later, string[] Paper);

    private static readonly HashSet<string> LaterStepWords = new(["lại", "đổi", "gia", "hạn", "điều", "chỉnh"], StringComparer.Ordinal);

    /// <summary>
    /// <paramref name="y"/> is <paramref name="x"/> reissued, renewed or changed, and the question says that action:
    /// "giấy phép kinh doanh vận tải có phải cấp lại không" asks for the re-issue, not the first licence. A name that
    /// adds "thay đổi" is asked by "thay đổi" ("đăng ký thay đổi biện pháp bảo đảm"), though "đổi" alone there is no exchange.
    /// </summary>
    private static bool AskedAction(Procedure x, Procedure y, QuestionTerms question) =>
        LaterSteps(y, x) is { Count: > 0 } steps
        && steps.All(w => question.SaysStep(w, FollowUpActions[w]) || (w == "doi" && steps.Contains("thay") && question.Typed("thay doi")));

    /// <summary>
    /// <paramref name="x"/> and <paramref name="y"/> are other actions on the same paper ("Cấp lại …" against "Đổi …"),
    /// and the question says <paramref name="y"/>'s and none of <paramref name="x"/>'s later-step words: "xe sơn lại màu
    /// có phải đổi giấy đăng ký xe" is the exchange.
    /// </summary>
    private static bool UnaskedOtherAction(Procedure x, Procedure y, QuestionTerms question)
    {
        var own = VocabularyOf(x);
        var theirs = VocabularyOf(y);
        var extra = Beyond(own.HeadWords, theirs.HeadWords);
        var missing = Beyond(theirs.HeadWords, own.HeadWords);
        return extra.Any(FollowUpActions.ContainsKey) && extra.All(w => FollowUpActions.ContainsKey(w) || FirstActions.Contains(w))
               && missing.Count > 0 && missing.All(FollowUpActions.ContainsKey)
               && !extra.Any(w => FollowUpActions.TryGetValue(w, out var spellings) && question.Says(w, spellings))
               && missing.All(w => question.SaysStep(w, FollowUpActions[w]));
    }

    /// <summary>
    /// Whether the citizen's words rule <paramref name="first"/> out against <paramref name="lower"/> outright: the
    /// action they ask for is the lower one's, what sets the first apart they did already, the first is for
    /// foreigners, for the other kind of business or for organisations only. Such a lower hit competes with the first even well below it.
    /// </summary>
    private static bool OverruledBy(Procedure first, Procedure lower, string query, Func<QuestionTerms> question) =>
        MayOverrule(first, lower, query) && OverruledBy(first, lower, question());

    /// <summary>
    /// Whether the names alone (and whether the question tells of something done) leave any rule of
    /// <see cref="OverruledBy(Procedure, Procedure, QuestionTerms)"/> to check: most pairs are not siblings, and reading
    /// the question's terms costs more than these.
    /// </summary>
    private static bool MayOverrule(Procedure first, Procedure lower, string query) =>
        (HasLaterStepHead(lower) && LaterSteps(lower, first).Count > 0) || (HasLaterStepHead(first) && LaterSteps(first, lower).Count > 0)
        || LeadingLaterSteps(lower, first) is not null || LeadingLaterSteps(first, lower) is not null
        || QuestionTerms.MayTellDone(query) || ForForeigners(first)
        || (BusinessKinds.Of(first) is { } firstKind && BusinessKinds.Of(lower) is { } lowerKind && firstKind != lowerKind)
        || (ApplicantKinds.OrganisationsOnly(first) && ApplicantKinds.ForCitizens(lower) && PersonsVariant(first, lower))
        || (ApplicantKinds.PersonsOnly(first) && ApplicantKinds.ForOrganisations(lower) && OneMatter(first, lower))
        || SameThing(first, lower) || Undoes(first, lower);

    private static bool HasLaterStepHead(Procedure procedure)
    {
        foreach (var word in VocabularyOf(procedure).HeadWords)
        {
            if (FollowUpActions.ContainsKey(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OverruledBy(Procedure first, Procedure lower, QuestionTerms question) =>
        AskedAction(first, lower, question) || AskedLeadingAction(first, lower, question) || UnaskedAction(first, lower, question) || UnaskedLeadingAction(first, lower, question)
        || AlreadyDone(first, lower, question) || UnaskedForeignElement(first, lower, question) || OtherKindOfBusiness(first, lower, question)
        || OrganisationsOnlyUnasked(first, lower, question) || PersonsOnlyUnasked(first, lower, question) || SiblingAsSaid(first, lower, question)
        || UnaskedReversal(first, lower, question);

    /// <summary>
    /// <paramref name="lower"/> is <paramref name="first"/>'s thing in another case, and the question names the lower
    /// one's case and nothing of the first's: "Toyota nhập khẩu nguyên chiếc, đăng ký xe lần đầu" is the first
    /// registration of an imported car, not of one "sản xuất lắp ráp trong nước", however its aliases rank.
    /// </summary>
    private static bool SiblingAsSaid(Procedure first, Procedure lower, QuestionTerms question) =>
        SameThing(first, lower) && CaseWordsSaid(lower, first, question) >= 2 && Evidence(first, lower, question) == 0;

    /// <summary>
    /// Words of substance in <paramref name="x"/>'s name and aliases that <paramref name="y"/>'s lack and the question
    /// says ("xe ô tô" of the movable assets' "đăng ký thay đổi thế chấp xe ô tô, máy móc" against the land's); the
    /// particles of a story ("đã được chỉ định") say nothing of which case a name is.
    /// </summary>
    private static int CaseWordsSaid(Procedure x, Procedure y, QuestionTerms question)
    {
        var own = VocabularyOf(x);
        var theirs = VocabularyOf(y);
        return own.FamilyWords.Concat(own.AliasWords.SelectMany(a => a))
            .Where(w => !theirs.Folded.Contains(w) && !MatchLexicon.LinkWords.Contains(w) && !MatchLexicon.WeakFolded.Contains(w) && !Particles.Contains(w))
            .Distinct()
            .Count(w => question.Says(w, own.Words));
    }

    private static readonly HashSet<string> Particles = new(["da", "duoc", "bi", "chua", "khong", "co", "se", "dang", "van"], StringComparer.Ordinal);

    /// <summary>
    /// Only organisations file <paramref name="x"/>, citizens file <paramref name="y"/>, and the citizen speaks for
    /// their household: "nhà tôi được giao 5ha rừng" is the household forest owner's plan, not the organisation's.
    /// </summary>
    private static bool OrganisationsOnlyUnasked(Procedure x, Procedure y, QuestionTerms question) =>
        ApplicantKinds.OrganisationsOnly(x) && ApplicantKinds.ForCitizens(y) && PersonsVariant(x, y) && ApplicantKinds.SpeaksForHousehold(question.Typed);

    /// <summary>
    /// Only persons file <paramref name="x"/>, organisations file <paramref name="y"/>, the two are about the same thing,
    /// and the citizen speaks for their company: "cty mình quyết toán thuế TNCN thay cho nhân viên" is the employer's
    /// finalisation, not an employee's own.
    /// </summary>
    /// <remarks>
    /// A name that itself says it is for organisations makes one matter of two that open alike, however long the
    /// persons' name goes on: "Cấp tài khoản định danh điện tử cho cơ quan, tổ chức" for "cty mình cần tài khoản định
    /// danh điện tử", not "… mức độ 02, căn cước điện tử cho công dân Việt Nam".
    /// </remarks>
    private static bool PersonsOnlyUnasked(Procedure x, Procedure y, QuestionTerms question) =>
        ApplicantKinds.PersonsOnly(x) && ApplicantKinds.ForOrganisations(y)
        && (OneMatter(x, y) || (SameThing(x, y) && ApplicantKinds.NamesOrganisations(VocabularyOf(y).FamilyWords.Skip(SameThingWords))))
        && ApplicantKinds.SpeaksForOrganisation(question.Typed);

    // Share of the two names' words of substance they hold in common that makes them one matter for different
    // applicants ("khai quyết toán thuế … thu nhập … tiền lương" for the employee and for the employer).
    private const double MinSharedShare = 0.5;

    private static bool OneMatter(Procedure x, Procedure y)
    {
        var own = VocabularyOf(x).SubstanceWords;
        var theirs = VocabularyOf(y).SubstanceWords;
        var shared = 0;
        foreach (var word in own)
        {
            if (theirs.Contains(word))
            {
                shared++;
            }
        }

        return shared >= MinSharedShare * (own.Count + theirs.Count - shared);
    }

    /// <summary>
    /// <paramref name="persons"/>'s name is <paramref name="organisations"/>'s thing for persons: it opens on the same
    /// words and goes on to name households or individuals. The catalogue's applicant lists are often short of the
    /// citizens who file, so a farm's surface-water registration (organisations only) is no groundwater one.
    /// </summary>
    private static bool PersonsVariant(Procedure organisations, Procedure persons)
    {
        var own = VocabularyOf(organisations).FamilyWords;
        var theirs = VocabularyOf(persons).FamilyWords;
        var shared = 0;
        while (shared < own.Count && shared < theirs.Count && string.Equals(own[shared], theirs[shared], StringComparison.Ordinal))
        {
            shared++;
        }

        return shared >= SameThingWords && ApplicantKinds.NamesPersons(theirs.Skip(shared));
    }

    private static bool SameThing(Procedure x, Procedure y) =>
        VocabularyOf(x).FamilyWords.Take(SameThingWords).SequenceEqual(VocabularyOf(y).FamilyWords.Take(SameThingWords), StringComparer.Ordinal);

    /// <summary>The words of <paramref name="words"/> left once each word of <paramref name="other"/> has taken one of its kind.</summary>
    private static List<string> Beyond(IReadOnlyList<string> words, IReadOnlyList<string> other)
    {
        var left = words.ToList();
        foreach (var word in other)
        {
            left.Remove(word);
        }

        return left;
    }

    /// <summary>
    /// <paramref name="x"/> undoes something ("Rút yêu cầu …", "Hủy …", "Thu hồi …", "Chấm dứt …"), <paramref name="y"/>
    /// does not, and the question never says the undoing: "có được trợ giúp pháp lý miễn phí không" asks for legal aid,
    /// not for withdrawing a request of it, however many words of the longer name it holds. Said only as done to the
    /// citizen ("tôi bị thu hồi chứng chỉ … giờ muốn xin cấp lại"), it is the story, not the request.
    /// </summary>
    private static bool UnaskedReversal(Procedure x, Procedure y, QuestionTerms question)
    {
        if (Reversal(x) is not { } reversal)
        {
            return false;
        }

        var spellings = VocabularyOf(x).Words;
        var said = reversal.All(w => question.Says(w, spellings));
        return said ? question.TypedOnlyAsSuffered(string.Join(' ', reversal)) : !reversal.All(VocabularyOf(y).FamilyWords.Contains);
    }

    /// <summary>
    /// <paramref name="first"/> undoes what <paramref name="lower"/> gives: the words after its reversal open a run of
    /// the lower name ("Trả lại | giấy phép thăm dò …" and "Cấp giấy phép thăm dò …").
    /// </summary>
    private static bool Undoes(Procedure first, Procedure lower)
    {
        if (Reversal(first) is not { } reversal)
        {
            return false;
        }

        var undone = VocabularyOf(first).FamilyWords.Skip(reversal.Length).Take(UndoneWords).ToList();
        return undone.Count == UndoneWords
            && (" " + VocabularyOf(lower).FamilyName + " ").Contains(" " + string.Join(' ', undone) + " ", StringComparison.Ordinal);
    }

    // Words of the thing undone that the other name must spell in a row.
    private const int UndoneWords = 4;

    /// <summary>The action undoing something that <paramref name="procedure"/>'s name opens with, if any.</summary>
    private static string[]? Reversal(Procedure procedure)
    {
        var own = VocabularyOf(procedure).FamilyWords;
        foreach (var reversal in Reversals)
        {
            if (own.Count > reversal.Length && own.Take(reversal.Length).SequenceEqual(reversal, StringComparer.Ordinal))
            {
                return reversal;
            }
        }

        return null;
    }

    // Actions a name can open with that take back what another procedure gave; a citizen asks for them by name.
    // "Phúc khảo" re-marks an exam already sat: asked by name too.
    private static readonly string[][] Reversals = [["rut"], ["huy"], ["tra", "lai"], ["thu", "hoi"], ["cham", "dut"], ["xoa"], ["thoi"], ["phuc", "khao"]];

    /// <summary>
    /// <paramref name="x"/>'s name is <paramref name="y"/>'s with a qualifier the question does not say, and the question
    /// says every distinctive word of <paramref name="y"/>: "đăng ký hoạt động cho tổ chức hành nghề luật sư" is the
    /// organisation's registration, not its branch's ("… của chi nhánh của tổ chức hành nghề luật sư") nor a change of
    /// it ("Thay đổi nội dung …"); "một nghề được công nhận là nghề truyền thống" is not the craft village's.
    /// </summary>
    private static bool UnaskedQualifier(Procedure x, Procedure y, QuestionTerms question)
    {
        var own = VocabularyOf(x);
        var theirs = VocabularyOf(y);
        if (theirs.Distinctive.Count == 0 || !theirs.FamilyWords.All(own.FamilyWords.Contains)
            || !theirs.Distinctive.All(w => MatchLexicon.LinkWords.Contains(w) || question.Says(w, theirs.Words)))
        {
            return false;
        }

        // Weak as the name spells it (names are written with their accents, so the accented list decides): folded,
        // the "dung" of "nội dung" would be the weak "dụng" of "sử dụng".
        var extra = new TokenizedText(x.Name).Words
            .Where(w => !MatchLexicon.WeakWords.Contains(w) && VietnameseText.Fold(w) is var f && !MatchLexicon.LinkWords.Contains(f)
                && own.FamilyWords.Contains(f) && !theirs.FamilyWords.Contains(f))
            .Select(VietnameseText.Fold)
            .ToList();
        return extra.Count > 0 && !extra.Any(w => question.Says(w, own.Words));
    }

    /// <summary>
    /// <paramref name="y"/>'s name is <paramref name="x"/>'s with words added, and the citizen says every one of them:
    /// "xin công nhận thoát hộ cận nghèo" is "Công nhận hộ thoát nghèo, hộ thoát cận nghèo thường xuyên", not the
    /// recognition of a (near-)poor household its name otherwise repeats.
    /// </summary>
    private static bool RefinedAsSaid(Procedure x, Procedure y, QuestionTerms question)
    {
        var own = VocabularyOf(x);
        var theirs = VocabularyOf(y);
        if (theirs.FamilyWords.Count <= own.FamilyWords.Count || !own.FamilyWords.All(theirs.FamilyWords.Contains))
        {
            return false;
        }

        var added = theirs.FamilyWords.Where(w => !own.FamilyWords.Contains(w) && !MatchLexicon.LinkWords.Contains(w) && !MatchLexicon.WeakFolded.Contains(w)).Distinct().ToList();
        return added.Count > 0 && added.All(w => question.Says(w, theirs.Words));
    }

    /// <summary>
    /// <paramref name="x"/> is filed abroad ("Nhập quốc tịch Việt Nam ở nước ngoài", "… tại Cơ quan đại diện Việt Nam ở
    /// nước ngoài"), <paramref name="y"/> is not, and the citizen, who writes to a Hanoi service centre, says nothing of
    /// being abroad ("người Pháp" is not "ở nước ngoài").
    /// </summary>
    private static bool UnaskedAbroad(Procedure x, Procedure y, QuestionTerms question) =>
        FiledAbroad(x) && !FiledAbroad(y) && !AbroadWords.Any(question.Typed);

    /// <summary>
    /// <paramref name="x"/> is the "có yếu tố nước ngoài" variant, or the same paper as <paramref name="y"/> for
    /// foreigners ("… luật sư nước ngoài, kiểm toán viên là người nước ngoài"), <paramref name="y"/> is not, and nothing in the question or what its synonyms mean is
    /// foreign: "vợ chồng tôi muốn nhận con nuôi" is the domestic adoption even though the foreign one's name holds "vợ
    /// hoặc chồng"; "e là kiểm toán viên 6 năm kn" is the Vietnamese auditor's practice certificate.
    /// </summary>
    private static bool UnaskedForeignElement(Procedure x, Procedure y, QuestionTerms question) =>
        (HasForeignElement(x) && !HasForeignElement(y)
            || (ForForeigners(x) && !ForForeigners(y) && SameThing(x, y)))
        && !question.Says("ngoai", ForeignSpellings) && !AbroadWords.Any(question.Typed);

    /// <summary>
    /// The search hit whose name is <paramref name="first"/>'s for a foreigner ("Gia hạn tạm trú" → "Gia hạn tạm trú
    /// cho người nước ngoài tại Việt Nam"), when the citizen speaks of one: typed "người nước ngoài", or a phrase the
    /// synonyms say means it ("người Hàn Quốc"). Null when the first is already for foreigners or none is.
    /// </summary>
    private static SearchHit? ForeignersVariant(Procedure first, List<SearchHit> hits, string query, IReadOnlyList<string> meanings)
    {
        if (ForForeigners(first) || !(VietnameseText.Fold(query).Contains(ForeignerWords, StringComparison.Ordinal) || meanings.Contains(ForeignerWords)))
        {
            return null;
        }

        var own = VocabularyOf(first).FamilyWords;
        return hits.FirstOrDefault(h => ForForeigners(h.Procedure) && own.All(VocabularyOf(h.Procedure).FamilyWords.Contains));
    }

    private const string ForeignerWords = "nguoi nuoc ngoai";

    private static bool ForForeigners(Procedure procedure)
    {
        var name = " " + VocabularyOf(procedure).FamilyName + " ";
        return name.Contains(" " + ForeignerWords + " ", StringComparison.Ordinal) || HasForeignElement(procedure);
    }

    private static bool HasForeignElement(Procedure procedure) =>
        VocabularyOf(procedure).FamilyName.Contains("yeu to nuoc ngoai", StringComparison.Ordinal);

    // The words two names must open with to be the same paper for foreigners and for citizens.
    private const int SameThingWords = 5;

    private static readonly HashSet<string> ForeignSpellings = new(["ngoài"], StringComparer.Ordinal);

    /// <summary>
    /// <paramref name="x"/> is for goods crossing the border ("… nhập khẩu", "… xuất khẩu", "… kho ngoại quan", "…
    /// quá cảnh"), <paramref name="y"/> is not, and a household asks without naming such trade: "nhà mình … bán cá
    /// giống chở đi Hải Dương" is carried to another province. Companies' formal questions often leave trade unsaid.
    /// </summary>
    private static bool UnaskedForeignTrade(Procedure x, Procedure y, QuestionTerms question) =>
        ForeignTrade(x) && !ForeignTrade(y) && ApplicantKinds.SpeaksForHousehold(question.Typed) && !ForeignTradeWords.Any(question.Typed) && !AbroadWords.Any(question.Typed);

    private static bool ForeignTrade(Procedure procedure)
    {
        var name = " " + VocabularyOf(procedure).FamilyName + " ";
        return ForeignTradeWords.Any(w => name.Contains(" " + w + " ", StringComparison.Ordinal)) || name.Contains(" nhap xuat ", StringComparison.Ordinal);
    }

    // "cửa khẩu", not a bare "khẩu": "nơi đăng ký hộ khẩu thường trú" is no border crossing.
    private static readonly string[] ForeignTradeWords = ["nhap khau", "xuat khau", "kho ngoai quan", "qua canh", "tam nhap", "tai xuat", "cua khau", "chuyen khau"];

    private static bool FiledAbroad(Procedure procedure)
    {
        var name = VocabularyOf(procedure).FamilyName;
        return name.Contains("viet nam o nuoc ngoai", StringComparison.Ordinal) || name.Contains("co quan dai dien viet nam", StringComparison.Ordinal);
    }

    private static readonly string[] AbroadWords = ["nuoc ngoai", "dai su quan", "lanh su", "co quan dai dien", "o ngoai nuoc"];

    // What a name adds for a later step on the same paper ("lại", "gia hạn", "đổi", "điều chỉnh", "bổ sung", "thay
    // đổi"), and what the first step's name has instead ("cấp", "cấp mới").
    // Folded, with the spelling the action has in names.
    private static readonly Dictionary<string, HashSet<string>> FollowUpActions = new[]
    {
        ("lai", "lại"), ("doi", "đổi"), ("gia", "gia"), ("han", "hạn"), ("dieu", "điều"), ("chinh", "chỉnh"), ("bo", "bổ"),
        ("sung", "sung"), ("thay", "thay"),
    }.ToDictionary(a => a.Item1, a => new HashSet<string>([a.Item2], StringComparer.Ordinal), StringComparer.Ordinal);
    private static readonly HashSet<string> FirstActions = new(["cap", "moi"], StringComparer.Ordinal);
    private static readonly HashSet<string> PaperOpeners = new(["cap", "giay"], StringComparer.Ordinal);

    // Common in names, yet they tell procedures apart: "cấp lại" is not "cấp đổi" nor "cấp mới".
    private static readonly HashSet<string> ActionWords = new(["lai", "doi", "moi"], StringComparer.Ordinal);

    /// <summary>
    /// Other procedures the question's words confirm, offered beside an answer the question does not name outright; a
    /// question that names its procedure ("lệ phí đăng ký thường trú") gets no such list.
    /// </summary>
    private IEnumerable<(Procedure Procedure, float Score)> OtherConfirmed(MatchRequest request, Procedure answered, List<SearchHit> relevant, List<(Procedure Procedure, float Score)> shown) =>
        Names(request, answered)
            ? []
            // Less than half the best score shares only common words with the question ("quyết định công nhận" of a
            // fertiliser testing body beside a mediation team leader's recognition): a button the citizen cannot use.
            : Families(relevant, request.Level).Where(f => shown.All(c => !SameFamily(c.Procedure, f.Procedure)) && f.Score >= relevant[0].Score * AlternativeShare);

    /// <summary>
    /// Hits collapsed to one entry per procedure family, in rank order, each the record the citizen uses: the member
    /// at the level they named, else the family's preferred member (the commune or ward level, else the city).
    /// </summary>
    private List<(Procedure Procedure, float Score)> Families(IEnumerable<SearchHit> hits, string? level)
    {
        var families = new List<(Procedure Procedure, float Score)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            var family = hit.Procedure.Family;
            if (!seen.Add(family?.Key + "|" + (family is null ? hit.Procedure.Code : hit.Procedure.Ministry + "|" + hit.Procedure.Field)))
            {
                continue;
            }

            families.Add((Representative(hit.Procedure, level), hit.Score));
        }

        return families;
    }

    /// <summary>
    /// Of records with one name in different fields ("Gia hạn nộp thuế" of the tax and of the customs offices), those
    /// whose field the question names ("thuế"), when it names one of them: a menu of two identical names tells the
    /// citizen nothing.
    /// </summary>
    private static void KeepTheFieldNamed(List<(Procedure Procedure, float Score)> families, string query)
    {
        var said = " " + VietnameseText.Fold(query) + " ";
        foreach (var sameName in families.GroupBy(f => VocabularyOf(f.Procedure).FamilyName).Where(g => g.Select(f => f.Procedure.Field).Distinct().Count() > 1).ToList())
        {
            // Named beside the shared name: "gia hạn nộp thuế … ở hải quan" names the customs field, and its "thuế" is the name's.
            var beside = said.Replace(" " + sameName.Key + " ", " ", StringComparison.Ordinal);
            var named = sameName.Where(f => f.Procedure.Field is { Length: > 0 } field && beside.Contains(" " + VietnameseText.Fold(field) + " ", StringComparison.Ordinal)).ToList();
            if (named.Count > 0)
            {
                families.RemoveAll(f => sameName.Contains(f) && !named.Contains(f));
            }
        }
    }

    /// <summary>The record of <paramref name="procedure"/>'s family a citizen uses, at <paramref name="level"/> when they named one.</summary>
    public Procedure Representative(Procedure procedure, string? level)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        if (procedure.Family is not { } family)
        {
            return procedure;
        }

        var code = level is null
            ? family.PreferredCode
            : family.Members.FirstOrDefault(m => m.Level == level)?.Code ?? (ProcedureLevels.IsAt(procedure, level) ? procedure.Code : family.PreferredCode);
        return code == procedure.Code ? procedure : _search.GetByCode(code) ?? procedure;
    }

    private static bool SameFamily(Procedure a, Procedure b) =>
        a.Code == b.Code || (a.Family is not null && a.Family.Key == b.Family?.Key && a.Ministry == b.Ministry && a.Field == b.Field);

    /// <summary>
    /// The procedures the question names by the words their names start with. "đăng ký khai sinh" names one
    /// procedure exactly even though "đăng ký khai sinh lưu động" also ranks high; "đăng ký lại kết hôn" names the
    /// re-registration even when plain "đăng ký kết hôn" scores higher; a question that spells only the start of names
    /// leaves the search's order as it is. Null when the question names no procedure that way.
    /// </summary>
    private static List<SearchHit>? NamedInQuestion(List<SearchHit> relevant, List<SearchHit> candidates, string[] queryWords, HashSet<string> situation)
    {
        var topNamed = NamedLength(VocabularyOf(relevant[0].Procedure).FamilyWords, queryWords);

        // A name's start followed by the situation the citizen described in other words: "đăng ký kết hôn" with "bạn
        // trai mình người Hàn Quốc", which the synonyms read as "yếu tố nước ngoài", names "Đăng ký kết hôn có yếu tố
        // nước ngoài" whole ("có" there only introduces the situation).
        int Named(IReadOnlyList<string> family)
        {
            var length = NamedLength(family, queryWords);
            return length >= 2 && length < family.Count && family.Skip(length).Where(w => !MatchLexicon.LinkWords.Contains(w) && w != "co") is var rest
                   && rest.Any() && rest.All(situation.Contains)
                ? family.Count
                : length;
        }

        // Hits below the near-tie only count when they name more of the question than the best hit, which is named
        // itself: "đăng ký lại kết hôn" refines "đăng ký kết hôn", while "xác nhận độc thân để đi đăng ký kết hôn"
        // merely mentions another procedure. A best hit none of whose word pairs the citizen says (the synonyms read
        // it into "ở trên thuyền") yields to a whole name they wrote ("còn đăng ký thường trú cho cả nhà ở trên thuyền").
        var topUnnamed = !SaysAnyOf(VocabularyOf(relevant[0].Procedure).FamilyWords, queryWords);
        var named = relevant
            .Select(h => (Hit: h, Family: VocabularyOf(h.Procedure).FamilyWords))
            .Select(c => (c.Hit, c.Family, Length: Named(c.Family), Complete: c.Family.Count))
            .Where(c => candidates.Contains(c.Hit) || (topNamed >= MinRefinedWords && c.Length > topNamed)
                || (topUnnamed && c.Complete >= MinRefinedWords && NamedLength(c.Family, queryWords) == c.Complete && c.Family.Any(w => !MatchLexicon.WeakFolded.Contains(w))))
            .ToList();
        var complete = named.Where(c => c.Length > 0 && c.Length == c.Complete).ToList();
        var longestComplete = complete.Select(c => c.Length).DefaultIfEmpty(0).Max();

        // A longer start of another name outweighs a whole short name; ordering such names is the search's job (its
        // name refinements), so then its order stands.
        var longestPartial = named.Where(c => c.Length < c.Complete).Select(c => WithoutTrailingLinkWords(c.Family, c.Length)).DefaultIfEmpty(0).Max();
        if (longestComplete == 0 && topUnnamed
            && relevant.Select(h => (Hit: h, Family: VocabularyOf(h.Procedure).FamilyWords)).Select(c => (c.Hit, c.Family, Length: NamedLength(c.Family, queryWords)))
                .Where(c => c.Length < c.Family.Count && WithoutTrailingLinkWords(c.Family, c.Length) >= MinWrittenOutStart).Take(2).ToList() is [var start])
        {
            // "nghe nói được xác định lại diện tích đất ở": the opening of one long name ("Xác định lại diện tích đất ở
            // của hộ gia đình, cá nhân đã được cấp Giấy chứng nhận trước ngày 01 tháng 7 năm 2004"), written out where
            // no word pair of the best hit's name is said, is what the citizen asks for. Beside a best hit they do name
            // ("quyết toán thuế thu nhập cá nhân" of the salary earner's return), a longer name's opening is not.
            return [start.Hit];
        }

        return longestComplete > 0 && longestComplete >= longestPartial
            ? complete.Where(c => c.Length == longestComplete).Select(c => c.Hit).ToList()
            : null;
    }

    /// <summary>
    /// Lower hits whose names account for words of the question the chosen procedure's name leaves unexplained
    /// ("xe mới mua chưa có biển, cần đăng ký tạm thời": "tạm thời" is in "Đăng ký xe tạm thời", not in the first
    /// registration the search ranked first): the citizen said something the first hit ignores, so they are offered
    /// beside it rather than hidden.
    /// </summary>
    private static List<SearchHit> ExplainingRunnersUp(IReadOnlyList<SearchHit> hits, List<SearchHit> chosen, IReadOnlyList<string> topic, IReadOnlyList<string> synonyms)
    {
        var chosenWords = VocabularyOf(chosen[0].Procedure).Folded;
        bool Unexplained(string w) => !chosenWords.Contains(w) && !MatchLexicon.WeakFolded.Contains(w) && !MatchLexicon.LinkWords.Contains(w);
        var pairs = new List<string>();
        // The citizen's own words, then what the editors' synonyms say a specific phrase of them means ("mua bảo
        // hiểm y tế" → "người chỉ tham gia bảo hiểm y tế"), the way the search read the question.
        foreach (var words in synonyms.Select(s => s.Split(' ')).Prepend(topic.Select(VietnameseText.Fold).ToArray()))
        {
            for (var i = 0; i + 1 < words.Length; i++)
            {
                if (Unexplained(words[i]) && Unexplained(words[i + 1]) && !OfficeWordPairs.Contains(words[i] + " " + words[i + 1]))
                {
                    pairs.Add(words[i] + " " + words[i + 1]);
                }
            }
        }

        // Any hit, not only those that passed the word-overlap test: the shared word pair is the evidence.
        return pairs.Count == 0
            ? []
            : hits
                .Where(h => !chosen.Contains(h) && !chosen.Any(c => SameFamily(c.Procedure, h.Procedure)) && pairs.Any(VocabularyOf(h.Procedure).Pairs.Contains))
                .Take(MaxRunnersUp)
                .ToList();
    }

    // The words of any office's decision ("UBND phường ra quyết định công nhận"): they explain nothing a name leaves out.
    private static readonly HashSet<string> OfficeWordPairs = new(["quyet dinh", "uy ban", "nhan dan", "chu tich", "tham quyen"], StringComparer.Ordinal);

    /// <summary>A named start ending in "cho", "của", "đối với"… says no more than the words before them.</summary>
    private static int WithoutTrailingLinkWords(IReadOnlyList<string> family, int length)
    {
        while (length > 0 && MatchLexicon.LinkWords.Contains(family[length - 1]))
        {
            length--;
        }

        return length;
    }

    /// <summary>Whether the whole name <paramref name="family"/> is written in <paramref name="queryWords"/> just after "đã" ("đã được cấp Giấy chứng nhận …").</summary>
    private static bool WrittenAsDone(IReadOnlyList<string> family, string[] queryWords)
    {
        const int Window = 3;
        for (var start = 0; start < queryWords.Length; start++)
        {
            if (LengthAt(family, queryWords, start) == family.Count
                && queryWords.Skip(Math.Max(0, start - Window)).Take(Math.Min(start, Window)).Contains("da"))
            {
                return true;
            }
        }

        return false;
    }

    private const string Copula = "la";

    // "Xác nhận đối tượng cư trú của Việt Nam" written out is that record; "đăng ký kết hôn" is a start of several names.
    private const int MinWrittenOutWords = 5;

    /// <summary>Whether the question, or a meaning the editors' synonyms read in it, holds one of the folded phrases.</summary>
    private static bool SaysAny(IReadOnlyList<string> phrases, string[] queryWords, IReadOnlyCollection<string> meanings)
    {
        var said = " " + string.Join(' ', queryWords) + " " + string.Join(" | ", meanings) + " ";
        return phrases.Any(p => said.Contains(" " + p + " ", StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether the question says two words of <paramref name="family"/> in a row, anywhere: "xác nhận tình trạng hôn
    /// nhân" names "Cấp giấy xác nhận tình trạng hôn nhân"; a lone "thường" does not name "… thường xuyên đậu, đỗ …".
    /// </summary>
    private static bool SaysAnyOf(IReadOnlyList<string> family, string[] queryWords)
    {
        for (var i = 0; i + 1 < family.Count; i++)
        {
            for (var j = 0; j + 1 < queryWords.Length; j++)
            {
                if (queryWords[j] == family[i] && queryWords[j + 1] == family[i + 1])
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>How many leading words of <paramref name="family"/> appear in a row in the question.</summary>
    private static int NamedLength(IReadOnlyList<string> family, string[] queryWords)
    {
        var best = 0;
        for (var start = 0; start < queryWords.Length; start++)
        {
            best = Math.Max(best, LengthAt(family, queryWords, start));
        }

        return best;
    }

    /// <summary>How many words of <paramref name="family"/>, from its first, the question says in a row from <paramref name="start"/>.</summary>
    private static int LengthAt(IReadOnlyList<string> family, string[] queryWords, int start)
    {
        var length = 0;
        var skipped = 0;
        while (length < family.Count && start + length + skipped < queryWords.Length)
        {
            if (queryWords[start + length + skipped] == family[length])
            {
                length++;
            }
            else if (length > 0 && skipped == 0 && queryWords[start + length] == Copula)
            {
                // "giấy xác nhận là đối tượng cư trú": the citizen's "là" inside the name still names it.
                skipped = 1;
            }
            else
            {
                break;
            }
        }

        return length;
    }

    /// <summary>
    /// The question's topic words must meet the procedure's name, aliases or field: two distinctive words, or one and
    /// at least half of the topic, or, for questions made only of common words ("cấp đổi"), all of them.
    /// </summary>
    public static bool IsRelevant(IReadOnlyList<string> topic, Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(procedure);
        return IsRelevant(TopicUnits(topic), procedure);
    }

    private static bool IsRelevant(TopicUnit[] topic, Procedure procedure)
    {
        if (topic.Length == 0)
        {
            return true;
        }

        var vocabulary = VocabularyOf(procedure);
        var words = vocabulary.Words;
        var folded = vocabulary.Folded;
        // A re-issue's name tells what befell the paper ("… bị mất, hư hỏng, tiêu hủy"): a story of pigs culled or a
        // car wrecked says those words of something else, and they confirm no re-issue.
        var reissue = vocabulary.Reissues;
        int matched = 0, strong = 0;
        foreach (var (word, wordFolded, expansion) in topic)
        {
            var hit = expansion is not null
                ? AnyIn(expansion, folded)
                : word == wordFolded ? folded.Contains(wordFolded) : words.Contains(word);
            if (!hit || (reissue && expansion is null && WhatBefellAPaper.Contains(wordFolded)))
            {
                continue;
            }

            matched++;
            if (expansion is not null || !MatchLexicon.IsWeak(word, wordFolded))
            {
                // An initialism of a term the name holds whole ("LLTP" of "lý lịch tư pháp") says as much as two of
                // its distinctive words: a story's other words ("sắp đi XKLĐ Nhật, công ty môi giới …") do not outvote it.
                // Not a colloquial phrase ("xe máy" of "xe mô tô, xe gắn máy"), which a name may name to exclude it.
                strong += expansion is { Length: >= 2 } && !VietnameseSyllables.IsSyllable(wordFolded) && expansion.All(folded.Contains) ? 2 : 1;
            }
        }

        // Long messages carry a story ("mới mua căn chung cư ở Hà Đông…"): two distinctive words of the name confirm
        // it whatever else the citizen said.
        return strong >= 2 || (strong > 0 ? matched * 2 >= topic.Length : matched == topic.Length);
    }

    /// <summary>
    /// Whether an editors' synonym reads a phrase of three syllables or more of <paramref name="request"/> as words
    /// <paramref name="procedure"/>'s name spells whole: "mua đứt căn hộ" means "bán nhà ở cũ thuộc tài sản công". The
    /// editors' reading names the procedure as an alias would, though it shares no word with the citizen's.
    /// </summary>
    public bool NamedBySynonyms(MatchRequest request, Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(procedure);
        return MeaningSpelledIn(_search.SynonymsOf(request.SearchText, MinSynonymPhraseSyllables), procedure);
    }

    /// <summary>Whether one of <paramref name="meanings"/> is spelled out, word for word, in <paramref name="procedure"/>'s name.</summary>
    private static bool MeaningSpelledIn(IReadOnlyList<string> meanings, Procedure procedure)
    {
        var name = " " + VocabularyOf(procedure).FamilyName + " ";
        return meanings.Any(m => name.Contains(" " + m + " ", StringComparison.Ordinal));
    }

    /// <summary>
    /// An editors' synonym reads a phrase of the question as a run of three syllables or more of the procedure's name or
    /// alias (<paramref name="meanings"/> are those of the question's phrases of three syllables or more): "xe tải nghỉ
    /// không chạy" means "xe tạm dừng tham gia giao thông", which the name holds although it shares only "xe" with the
    /// citizen's words.
    /// </summary>
    private static bool MeaningInName(IReadOnlyList<string> meanings, Procedure procedure)
    {
        if (meanings.Count == 0)
        {
            return false;
        }

        var vocabulary = VocabularyOf(procedure);
        foreach (var meaning in meanings)
        {
            if (meaning.Count(c => c == ' ') < MinSynonymPhraseSyllables - 1)
            {
                continue;
            }

            var run = " " + meaning + " ";
            if ((" " + vocabulary.FamilyName + " ").Contains(run, StringComparison.Ordinal)
                || vocabulary.AliasWords.Any(a => (" " + string.Join(' ', a) + " ").Contains(run, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyIn(string[] words, HashSet<string> set)
    {
        foreach (var word in words)
        {
            if (set.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The topic as <see cref="IsRelevant(IReadOnlyList{string}, Procedure)"/> reads it, worked out once per question
    /// rather than once per hit (a fold of every word and a string per adjacent pair each time): each word as typed and
    /// folded, or an abbreviation of one word or two ("giấy phép lái xe" for "bằng lái") with its spelled-out words.
    /// </summary>
    private static TopicUnit[] TopicUnits(IReadOnlyList<string> topic)
    {
        var units = new List<TopicUnit>(topic.Count);
        for (var i = 0; i < topic.Count; i++)
        {
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

            units.Add(new TopicUnit(word, wordFolded, expansion));
        }

        return [.. units];
    }

    /// <summary>A topic word (or abbreviated pair) as typed, folded, and the words an abbreviation stands for.</summary>
    private readonly record struct TopicUnit(string Word, string Folded, string[]? Expansion);

    /// <summary>
    /// The question contains every distinctive word of the procedure's name ("thường trú" for "Đăng ký thường trú"),
    /// even if it also carries words the name lacks (a citizen's name, "cho con tôi").
    /// </summary>
    public static bool IsNamedIn(HashSet<string> topicFolded, Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(topicFolded);
        var distinctive = VocabularyOf(procedure).Distinctive;
        return distinctive.Count > 0 && distinctive.All(topicFolded.Contains);
    }

    /// <summary>
    /// Whether the question names <paramref name="procedure"/> rather than merely sharing a word with it: it holds
    /// every distinctive word of the name, a whole alias, or two adjacent distinctive words of the name ("hộ chiếu",
    /// "tạm trú"). Used to tell a new topic from a follow-up that happens to contain a catalogue word.
    /// </summary>
    /// <summary>
    /// The sibling of <paramref name="current"/> a message names only together with the thing under discussion ("còn
    /// nếu bị mất thì sao" after "Cấp đổi thẻ căn cước" is "Cấp lại thẻ căn cước"); null when it names none or several.
    /// </summary>
    /// <param name="returning">The request goes back to <paramref name="current"/> by name, as "quay lại chuyện …" does.</param>
    public Procedure? VariantOf(Procedure current, MatchRequest request, CancellationToken cancellationToken, bool returning = false) =>
        VariantsOf(current, request, cancellationToken, returning) is [var only] ? only : null;

    /// <summary>
    /// The siblings of <paramref name="current"/> a message names only together with the thing under discussion: one
    /// is the answer, two or three a question; empty when it names none.
    /// </summary>
    /// <param name="returning">The request goes back to <paramref name="current"/> by name, as "quay lại chuyện …" does.</param>
    public IReadOnlyList<Procedure> VariantsOf(Procedure current, MatchRequest request, CancellationToken cancellationToken, bool returning = false)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(request);
        var news = TopicVariants.NewWords(current, request);
        if (news.Count == 0)
        {
            return [];
        }

        var meanings = _search.SynonymsOf(request.SearchText, 2);
        if (MeansTheCurrentAction(current, meanings))
        {
            // "sau 1 tháng muốn mở lại sớm thì sao" while pausing a household business means "tiếp tục kinh doanh trước
            // thời hạn", which is the procedure under discussion: no sibling is named.
            return [];
        }

        var implied = string.Join(' ', TopicVariants.Implied(request));
        var hits = _search.Search(new SearchRequest(TopicVariants.SearchedThingOf(current) + " " + implied + " " + request.SearchText) { MaxResults = SearchDepth, IncludeSnippets = false }, cancellationToken);
        return TopicVariants.Find(current, request, news, hits, meanings, returning);
    }

    // What befalls a paper, as re-issues' names list it ("bị mất, hư hỏng, tiêu hủy, rách, nát, cháy").
    private static readonly HashSet<string> WhatBefellAPaper = new(["hu", "hong", "tieu", "huy", "rach", "nat", "chay"], StringComparer.Ordinal);

    // Papers whose kind the words after them tell ("giấy chứng nhận thương binh", "giấy phép lái xe").
    private static readonly string[][] QualifiedPapers =
        [["giay", "chung", "nhan"], ["giay", "xac", "nhan"], ["giay", "phep"], ["chung", "chi"]];

    // What happens to a paper, not which paper it is: "giấy chứng nhận bị hỏng", "giấy phép hết hạn", "chứng chỉ bị
    // mất". "bị thương" is no mishap: "giấy chứng nhận bị thương" is a paper of its own.
    private static readonly HashSet<string> PaperMishaps = new(
        ["hong", "mat", "rach", "nat", "chay", "uot", "het", "sai", "nham", "thu", "tich", "loi", "ghi"], StringComparer.Ordinal);

    /// <summary>
    /// The question qualifies a paper with a pair the catalogue's names know ("giấy chứng nhận thương binh bị mối xông")
    /// and the procedure names that paper without it, nor says it anywhere in its names, aliases or field: "Cấp lại Giấy
    /// chứng nhận do bị mất" is the land certificate, another paper.
    /// </summary>
    private bool NamesAnotherPaper(string[] question, Procedure procedure)
    {
        var vocabulary = VocabularyOf(procedure);
        for (var i = 0; i < question.Length; i++)
        {
            foreach (var paper in QualifiedPapers)
            {
                var next = i + paper.Length;
                if (next + 1 >= question.Length || !paper.Select((w, k) => question[i + k] == w).All(x => x))
                {
                    continue;
                }

                var (first, second) = (question[next], question[next + 1]);
                if (MatchLexicon.WeakFolded.Contains(first) || MatchLexicon.LinkWords.Contains(first) || MatchLexicon.LinkWords.Contains(second)
                    || PaperMishaps.Contains(first) || (first is "bi" or "da" && PaperMishaps.Contains(second))
                    || vocabulary.Folded.Contains(first) || vocabulary.Folded.Contains(second)
                    || !vocabulary.FamilyName.Contains(string.Join(' ', paper), StringComparison.Ordinal)
                    || _search.NamePairCount(first + " " + second) == 0)
                {
                    continue;
                }

                return true;
            }
        }

        return false;
    }

    // Syllables of a synonym's meaning found in the current name that make it that name's own action: "cấp thẻ căn
    // cước" (4) is also every sibling's thing, "tiếp tục kinh doanh trước thời hạn" (7) is one procedure's own words.
    private const int MinOwnActionSyllables = 5;

    private static bool MeansTheCurrentAction(Procedure current, IReadOnlyList<string> meanings)
    {
        var name = " " + VocabularyOf(current).FamilyName + " ";
        return meanings.Any(m => m.Count(c => c == ' ') + 1 >= MinOwnActionSyllables && name.Contains(" " + m + " ", StringComparison.Ordinal));
    }

    public bool Names(MatchRequest request, Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(procedure);
        return NamesOutright(request, procedure) || NamesAPair(request, procedure);
    }

    /// <summary>Whether the question holds every distinctive word of <paramref name="procedure"/>'s name or a whole alias.</summary>
    public static bool NamesOutright(MatchRequest request, Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(procedure);
        // The whole sentence: a filler typed without accents can be a name's word ("can" is "cần" or "căn").
        var folded = VietnameseText.Fold(request.SearchText).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (IsNamedIn(folded.ToHashSet(StringComparer.Ordinal), procedure))
        {
            return true;
        }

        // A whole alias in the citizen's sentence, filler words included ("làm hộ chiếu").
        var sentence = " " + string.Join(' ', folded) + " ";
        return VocabularyOf(procedure).AliasWords.Any(alias => alias.Length > 1 && sentence.Contains(" " + string.Join(' ', alias) + " ", StringComparison.Ordinal));
    }

    /// <summary>
    /// A pair of the name's words in a row among the topic words (the question's "lệ phí" is not a name's), at least
    /// one of them distinctive ("hộ chiếu", "tạm trú", "kết hôn"), and a word of the question rather than two halves of
    /// neighbouring words: in "đăng báo thông báo mất", "báo" belongs to "thông báo", which the catalogue's names hold
    /// far more often than "báo mất".
    /// </summary>
    private bool NamesAPair(MatchRequest request, Procedure procedure)
    {
        var vocabulary = VocabularyOf(procedure);
        var topic = Expanded(request.TopicWords.Select(VietnameseText.Fold)).ToArray();
        string[]? sentence = null;
        for (var i = 0; i + 1 < topic.Length; i++)
        {
            var pair = topic[i] + " " + topic[i + 1];
            if ((!MatchLexicon.WeakFolded.Contains(topic[i]) || !MatchLexicon.WeakFolded.Contains(topic[i + 1]))
                && !IsLinkIn(request, vocabulary, topic[i]) && !IsLinkIn(request, vocabulary, topic[i + 1])
                && vocabulary.Pairs.Contains(pair))
            {
                // The neighbours as written: the topic words leave out fillers, and "thông" of "thông báo" with them.
                sentence ??= VietnameseText.Fold(request.SearchText).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (IsAWordIn(sentence, topic[i], topic[i + 1], _search.NamePairCount(pair)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the question's folded word is a link word here: "tu" is the link "từ" unless the name spells it "tử"
    /// ("chế độ tử tuất") and the citizen did not type it "từ".
    /// </summary>
    private static bool IsLinkIn(MatchRequest request, ProcedureVocabulary vocabulary, string folded) =>
        MatchLexicon.LinkWords.Contains(folded)
        && (vocabulary.NameLinkWords.Contains(folded) || !vocabulary.Folded.Contains(folded)
            || request.TopicWords.Any(t => t != folded && VietnameseText.Fold(t) == folded && MatchLexicon.IsLink(t, folded)));

    /// <summary>
    /// Whether <paramref name="first"/> <paramref name="second"/> stands in the sentence as a word of its own somewhere:
    /// neither syllable forms a pair the names hold more often with its other neighbour. Topic words the sentence does
    /// not hold side by side (an expanded abbreviation) count as a word.
    /// </summary>
    private bool IsAWordIn(string[] sentence, string first, string second, int pairCount)
    {
        var seen = false;
        for (var i = 0; i + 1 < sentence.Length; i++)
        {
            if (sentence[i] != first || sentence[i + 1] != second)
            {
                continue;
            }

            seen = true;
            var straddles = (i > 0 && _search.NamePairCount(sentence[i - 1] + " " + first) > pairCount)
                || (i + 2 < sentence.Length && _search.NamePairCount(second + " " + sentence[i + 2]) > pairCount);
            if (!straddles)
            {
                return true;
            }
        }

        return !seen;
    }

    /// <summary>Folded words with the abbreviations citizens use spelled out ("lltp" → "ly lich tu phap").</summary>
    internal static IEnumerable<string> Expanded(IEnumerable<string> folded)
    {
        foreach (var word in folded)
        {
            if (AbbreviationWords.TryGetValue(word, out var expansion))
            {
                foreach (var part in expansion)
                {
                    yield return part;
                }
            }
            else
            {
                yield return word;
            }
        }
    }

    /// <summary>What the one-word abbreviations among <paramref name="folded"/> name, spelled out ("bhyt" → "bao hiem y te").</summary>
    internal static IEnumerable<string[]> AbbreviatedThings(IEnumerable<string> folded) =>
        folded.Select(w => AbbreviationWords.GetValueOrDefault(w)).OfType<string[]>();

    // "đkkd" and "dkkd" fold alike: the last spelling wins, as they mean the same.
    private static readonly Dictionary<string, string[]> AbbreviationWords = MatchLexicon.Abbreviations
        .Where(a => !a.Short.Contains(' ', StringComparison.Ordinal))
        .GroupBy(a => VietnameseText.Fold(a.Short), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => new TokenizedText(g.Last().Long).Folded, StringComparer.Ordinal);

    /// <summary>
    /// Whether what the citizen says they want (<paramref name="wanted"/>, see <see cref="QuestionFocus"/>) names
    /// <paramref name="candidate"/> over <paramref name="current"/>: two of its words or a pair of them that
    /// <paramref name="current"/> lacks, and nothing of <paramref name="current"/>'s own ("muốn xin giấy xác nhận có quốc
    /// tịch Việt Nam" after the return to Vietnamese nationality).
    /// </summary>
    public static bool WantedOver(string wanted, Procedure candidate, Procedure current)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(current);
        var terms = new QuestionTerms(wanted, []);
        if (Evidence(candidate, current, terms) >= 2 && Evidence(current, candidate, terms) == 0)
        {
            return true;
        }

        // The candidate's name said whole but for its "cấp", and the current one's not: "giấy xác nhận có quốc tịch
        // Việt Nam" against "trở lại quốc tịch Việt Nam", whose words are all common ones.
        var said = new TokenizedText(wanted).Folded.ToHashSet(StringComparer.Ordinal);
        bool SaysWhole(Procedure p) => VocabularyOf(p).ThingWords.All(w => said.Contains(w) || FirstActions.Contains(w) || MatchLexicon.LinkWords.Contains(w));
        return SaysWhole(candidate) && !SaysWhole(current);
    }

    /// <summary>
    /// Whether a message that turns to something else ("còn …") names <paramref name="candidate"/> well over
    /// <paramref name="current"/>: two of its words <paramref name="current"/> lacks, and more than one beyond what it
    /// says of <paramref name="current"/> ("còn xin bản sao trích lục khai tử thì bao nhiêu tiền" after re-registering a
    /// death: "bản sao trích lục" against "khai tử").
    /// </summary>
    public static bool ContrastedOver(string sentence, Procedure candidate, Procedure current)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(current);
        var terms = new QuestionTerms(sentence, []);
        var theirs = Evidence(candidate, current, terms, pairs: false);
        return theirs >= 2 && theirs > Evidence(current, candidate, terms, pairs: false) + 1;
    }

    /// <summary>
    /// Whether every distinctive word the question shares with <paramref name="named"/> also belongs to
    /// <paramref name="current"/>'s vocabulary, and the question asks no step on the paper that <paramref name="named"/>
    /// is and <paramref name="current"/> is not ("làm hộ chiếu mới" after reporting a lost passport).
    /// </summary>
    public static bool Covers(Procedure current, MatchRequest request, Procedure named)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Undoes(current, named) && Reversal(current) is { } reversal
            && !reversal.All(VietnameseText.Fold(request.SearchText).Split(' ').Contains))
        {
            // "còn đăng ký tạm trú ở chỗ mới thì lệ phí bao nhiêu" after removing the old one: the registration undone
            // is named without the removal.
            return false;
        }

        var currentVocabulary = VocabularyOf(current);
        var namedVocabulary = VocabularyOf(named);
        var currentWords = currentVocabulary.Folded;
        var namedWords = namedVocabulary.Folded;
        var shared = new List<string>();
        string? previous = null;
        foreach (var typed in request.TopicWords)
        {
            var folded = VietnameseText.Fold(typed);
            foreach (var word in Expanded([folded]))
            {
                // A word spelled out from an abbreviation is weighed folded; the citizen's own word as typed.
                var weak = word == folded ? MatchLexicon.IsWeak(typed, folded) : MatchLexicon.WeakFolded.Contains(word);
                var link = word == folded ? MatchLexicon.IsLink(typed, folded) : MatchLexicon.LinkWords.Contains(word);
                if (!weak && !link && namedWords.Contains(word))
                {
                    shared.Add(word);
                }
            }

            // "khai tu" typed without accents after a birth registration: the pair is the other name's, whatever its
            // single words could also be ("tu" is the link word "từ" as well). An opener before a word of the current
            // record's own is not ("lệ phí cấp bằng" after a driving licence, whose aliases say "bằng lái", is not
            // "Cấp Bằng bảo hộ giống cây trồng").
            if (previous is not null && namedVocabulary.Pairs.Contains(previous + " " + folded) && !currentVocabulary.Pairs.Contains(previous + " " + folded)
                && !(MatchLexicon.WeakFolded.Contains(previous) && (MatchLexicon.WeakFolded.Contains(folded) || currentWords.Contains(folded))))
            {
                return false;
            }

            previous = folded;
        }

        return shared.Count > 0 && shared.All(currentWords.Contains)
            && !VietnameseText.Fold(request.SearchText).Split(' ').Any(w => StepWords.Contains(w) && namedWords.Contains(w) && !currentWords.Contains(w));
    }

    // Words that ask for a step on a paper: "làm", "cấp", "cấp lại", "đổi", "mới".
    private static readonly HashSet<string> StepWords = new(["lam", "cap", "lai", "doi", "moi"], StringComparer.Ordinal);

    /// <summary>Whether two records are the same procedure for a citizen (the same record, or one family).</summary>
    public static bool SameProcedure(Procedure a, Procedure b) => SameFamily(a, b);

    private static ProcedureVocabulary VocabularyOf(Procedure procedure) => ProcedureVocabulary.Of(procedure);

    private static Dictionary<string, string[]> BuildAbbreviations()
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (abbreviation, expansion) in MatchLexicon.Abbreviations)
        {
            map[VietnameseText.Fold(abbreviation)] = new TokenizedText(expansion).Folded.Where(w => !MatchLexicon.WeakFolded.Contains(w)).ToArray();
        }

        return map;
    }
}
