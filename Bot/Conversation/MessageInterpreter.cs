using KnowledgeBase.Caching;
using KnowledgeBase.Matching;
using KnowledgeBase.Privacy;
using KnowledgeBase.Text;

namespace Bot.Conversation;

/// <summary>
/// Reads a citizen's message: small talk, help, reset, feedback, out-of-scope, or a question with an aspect
/// and a topic. Rule-based on purpose: it is predictable, fast, and editors can read the lexicon.
/// </summary>
public sealed class MessageInterpreter
{
    private const int MaxSmallTalkWords = 6;

    // Reading a message is a pure function of its text, and the same short questions and button texts arrive all
    // day: recent readings are kept. Longer messages are rarely repeated word for word and are not kept.
    private const int MaxCachedLength = 200;
    private readonly RecentCache<string, Understanding> _recent = new(4096);

    private readonly PhraseMatcher<Aspect> _aspects = new(
        AspectCatalog.Instance.Definitions.SelectMany(d => d.Triggers.Select(t => (t, d.Aspect))), foldSingleWords: false);
    private readonly PhraseMatcher<string> _levels = new(MatchLexicon.Levels);
    private readonly PhraseMatcher<string> _choiceLevels = new(MatchLexicon.ChoiceLevels);
    private readonly PhraseMatcher<Intent> _reset = Single(Lexicon.Reset, Intent.Reset);
    private readonly PhraseMatcher<Intent> _smallTalk = new(
        Lexicon.Greetings.Select(g => (g, Intent.Greeting))
            .Concat(Lexicon.Thanks.Select(t => (t, Intent.Thanks)))
            .Concat(Lexicon.Goodbyes.Select(g => (g, Intent.Goodbye)))
            .Concat(Lexicon.Help.Select(h => (h, Intent.Help))));
    private readonly PhraseMatcher<Intent> _feedback = new(
        Lexicon.NotHelpfulFeedback.Select(f => (f, Intent.FeedbackNotHelpful))
            .Concat(Lexicon.HelpfulFeedback.Select(f => (f, Intent.FeedbackHelpful))));
    private readonly PhraseMatcher<bool> _centre = new(Lexicon.CentreInfo.Select(c => (c, true)));
    private static readonly HashSet<string> CentreWords = new(Lexicon.CentreWords.Concat(Lexicon.CentreWords.Select(VietnameseText.Fold)), StringComparer.Ordinal);
    private readonly PhraseMatcher<bool> _outOfScope = new(Lexicon.OutOfScope.Select(o => (o, true)), foldSingleWords: false);
    private readonly PhraseMatcher<bool> _opinion = new(Lexicon.Opinion.Select(o => (o, true)));
    private readonly PhraseMatcher<bool> _reductions = new(Lexicon.Reductions.Select(r => (r, true)));
    private readonly PhraseMatcher<bool> _administrative = new(Lexicon.AdministrativeSignals.Select(a => (a, true)));
    private readonly PhraseMatcher<bool> _returns = new(Lexicon.ReturnPhrases.Select(r => (r, true)));
    private readonly PhraseMatcher<bool> _procedureRequests = new(Lexicon.ProcedureRequests.Select(r => (r, true)));
    // Fillers match as typed with accents; typed without, only the ones whose bare spelling names nothing else ("hon"
    // is "hơn" or "hôn", "the" is "thế" or "thẻ", "ho" is "hộ", "họ" or "hồ").
    private readonly PhraseMatcher<bool> _fillers = new(Lexicon.Fillers.Select(f => (f, true)), foldSingleWords: false);
    private static readonly HashSet<string> UnaccentedFillers = new(Lexicon.UnaccentedFillers, StringComparer.Ordinal);

    public Understanding Interpret(string? message)
    {
        if (message is null || message.Length > MaxCachedLength)
        {
            return Read(message, PersonalDataMasker.Remove(message));
        }

        if (_recent.TryGet(message, out var known))
        {
            return known;
        }

        var masked = PersonalDataMasker.Remove(message);
        var understanding = Read(message, masked);
        if (masked == message)
        {
            // Messages carrying ID-card or phone numbers are never kept, even in memory.
            _recent.Add(message, understanding);
        }

        return understanding;
    }

    /// <param name="masked">The message without personal numbers, which say nothing about the procedure and must not reach the search.</param>
    private Understanding Read(string? message, string masked)
    {
        var text = new TokenizedText(masked);
        if (text.Count == 0)
        {
            return new(message is null || message.Trim().Length == 0 ? Intent.Empty : Intent.Help, [], "", [], null);
        }

        var consumed = new bool[text.Count];
        var feedback = _feedback.Match(text, consumed);
        if (feedback.Count > 0 && AllConsumedOrFiller(text, consumed))
        {
            return Simple(feedback[0]);
        }

        consumed = new bool[text.Count];
        if (text.Count <= MaxSmallTalkWords && _reset.Match(text, consumed).Count > 0 && AllConsumedOrFiller(text, consumed))
        {
            return Simple(Intent.Reset);
        }

        consumed = new bool[text.Count];
        var returning = new bool[text.Count];
        if (_returns.Match(text, returning).Count > 0)
        {
            Array.Copy(returning, consumed, text.Count);
        }

        var positions = new List<(Aspect Tag, int Start)>();
        _aspects.Match(text, consumed, positions);
        var levels = _levels.Match(text, consumed);
        var fillerMask = FillerMask(text);
        var smallTalk = MatchSmallTalk(text, consumed, fillerMask);
        DropTriggersThatAskNothing(text, positions, consumed.Select((c, i) => c || fillerMask[i]).ToArray(), consumed);

        // In the order asked: "ở đâu, hết bao nhiêu tiền" wants the place first, then the fee.
        var aspects = positions.OrderBy(p => p.Start).Select(p => p.Tag).Distinct().ToArray();
        var mentioned = aspects.Length > 0;

        var topic = new List<string>(text.Count);
        var situation = new List<string>(text.Count);
        // "có phải mang theo căn cước không": the paper brought along names no case of the procedure.
        var outsideAsides = AsidePhrases.Kept(text, out _);
        var caseWords = new List<string>(text.Count);
        for (var i = 0; i < text.Count; i++)
        {
            if (!consumed[i] && text.Words[i].All(char.IsDigit) && text.Words[i].Length <= 2)
            {
                // "nếu 2 thành viên thì sao": a small number tells a case apart, though it names no procedure.
                situation.Add(text.Words[i]);
                caseWords.Add(text.Words[i]);
            }

            if (consumed[i] || text.Words[i].All(char.IsDigit))
            {
                continue;
            }

            if (!fillerMask[i])
            {
                topic.Add(text.Words[i]);
            }

            if (!fillerMask[i] || Lexicon.SituationFillers.Contains(text.Words[i]))
            {
                situation.Add(text.Words[i]);
                if (outsideAsides[i])
                {
                    caseWords.Add(text.Words[i]);
                }
            }
        }

        // "cho hỏi giờ làm việc của trung tâm": the centre's hours, address or phone, which no record holds.
        var centre = new bool[text.Count];
        if (!mentioned && _centre.Match(text, centre).Count > 0
            && Enumerable.Range(0, text.Count).All(i => consumed[i] || centre[i] || fillerMask[i] || CentreWords.Contains(text.Words[i]) || CentreWords.Contains(text.Folded[i])))
        {
            return Simple(Intent.CentreInfo);
        }

        if (topic.Count == 0 && !mentioned && smallTalk.Count > 0)
        {
            // "chào", "cảm ơn nhé", "bạn làm được gì": the strongest small-talk intent wins.
            var intent = smallTalk.Contains(Intent.Help) ? Intent.Help : smallTalk[0];
            return Simple(intent);
        }

        if (!mentioned && _opinion.Contains(text))
        {
            // "ông chủ tịch … làm việc có tốt không": an opinion, whatever procedure's words it holds.
            return Simple(Intent.OutOfScope);
        }

        if (_outOfScope.Contains(text) && !_administrative.Contains(text))
        {
            // The sentence is kept: a strong catalogue match can still overrule the word list ("giảm thuế khi bị bệnh hiểm nghèo").
            return new(Intent.OutOfScope, aspects, string.Join(' ', text.Words), topic, levels.FirstOrDefault()) { Sentence = masked };
        }

        // The search does better on the citizen's whole sentence than on the leftover topic words (its analyzer drops
        // question words itself); personal numbers are removed first, and so is a return to an earlier topic.
        // Terms typed in capitals keep them ("thẻ ABTC"): the search reads them as a card's or a form's name.
        var acronyms = Acronyms.In(masked);
        var words = acronyms.Count == 0 ? text.Words : text.Words.Select(w => acronyms.GetValueOrDefault(w, w)).ToArray();
        var searched = returning.Contains(true) ? string.Join(' ', words.Where((_, i) => !returning[i])) : string.Join(' ', words);
        return new(Intent.Question, aspects, searched, topic, levels.FirstOrDefault())
        {
            AsksForAProcedure = _procedureRequests.Contains(text),
            Sentence = masked,
            SituationWords = situation,
            ReturnsToEarlierTopic = returning.Contains(true),
            Contrasts = StartsWithAny(text, Lexicon.ContrastLeads) || EndsWithAny(text, Lexicon.ContrastEnds),
            DescribesACase = StartsWithAny(text, Lexicon.ConditionLeads),
            AsksYesOrNo = AsksYesOrNo(text),
            AsksForAReduction = _reductions.Contains(text),
            Unreadable = !mentioned && topic.Count > 0 && !topic.Any(VietnameseSyllables.IsSyllable),
            CaseText = string.Join(' ', words.Where((_, i) => !consumed[i] && outsideAsides[i])),
            CaseWords = caseWords,
        };
    }

    // Leads and ends are compared as typed, word by word ("con" without accents is a child, not "còn").
    private static bool StartsWithAny(TokenizedText text, string[] phrases) =>
        phrases.Any(p => p.Split(' ') is var words && words.Length < text.Count && words.Select((w, i) => text.Words[i] == w).All(x => x));

    private static bool EndsWithAny(TokenizedText text, string[] phrases) => EndsWithAny(text, text.Count, phrases);

    private static bool EndsWithAny(TokenizedText text, int end, string[] phrases) =>
        phrases.Any(p => p.Split(' ') is var words && words.Length < end && words.Select((w, i) => text.Words[end - words.Length + i] == w).All(x => x));

    /// <summary>
    /// Whether the message asks yes or no: it ends so, courtesy after it aside ("… được ko ạ"), or offers the other
    /// way after it ("đăng ký ở Hà Nội được không hay phải về quê").
    /// </summary>
    private static bool AsksYesOrNo(TokenizedText text)
    {
        var end = text.Count;
        while (end > 1 && Lexicon.Courtesies.Contains(text.Words[end - 1]))
        {
            end--;
        }

        if (EndsWithAny(text, end, Lexicon.YesNoEnds))
        {
            return true;
        }

        for (var i = 1; i + 1 < end; i++)
        {
            if (text.Words[i] == "hay" && YesNoWords.Contains(text.Words[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> YesNoWords = new(Lexicon.YesNoEnds.Where(e => !e.Contains(' ', StringComparison.Ordinal)), StringComparer.Ordinal);

    /// <summary>The catalogue level named in a reply to "which one?", e.g. "cấp tỉnh" or just "xã".</summary>
    public string? ChoiceLevel(string? message)
    {
        var text = new TokenizedText(message ?? "");
        var levels = _choiceLevels.Match(text, new bool[text.Count]);
        return levels.Distinct().Count() == 1 ? levels[0] : null;
    }

    /// <summary>
    /// Small talk, consumed where it is said; a plea for help that goes on into a name is that name's start instead
    /// ("trợ giúp pháp lý" is legal aid, "giúp tôi" still asks for help).
    /// </summary>
    private List<Intent> MatchSmallTalk(TokenizedText text, bool[] consumed, bool[] fillers)
    {
        var talk = (bool[])consumed.Clone();
        var positions = new List<(Intent Tag, int Start)>();
        var intents = _smallTalk.Match(text, talk, positions);
        foreach (var (tag, start) in positions)
        {
            var end = start;
            while (end < text.Count && talk[end] && !consumed[end])
            {
                end++;
            }

            if (tag == Intent.Help && end < text.Count && !talk[end] && !fillers[end])
            {
                Array.Fill(talk, false, start, end - start);
                intents.Remove(tag);
            }
        }

        Array.Copy(talk, consumed, text.Count);
        return intents;
    }

    private bool AllConsumedOrFiller(TokenizedText text, bool[] consumed)
    {
        var fillers = FillerMask(text);
        for (var i = 0; i < text.Count; i++)
        {
            if (!consumed[i] && !fillers[i])
            {
                return false;
            }
        }

        return true;
    }

    private bool[] FillerMask(TokenizedText text)
    {
        var mask = new bool[text.Count];
        _fillers.Match(text, mask);
        for (var i = 0; i < text.Count; i++)
        {
            mask[i] |= text.Words[i] == text.Folded[i] && UnaccentedFillers.Contains(text.Folded[i]);
        }

        return mask;
    }

    private static Understanding Simple(Intent intent) => new(intent, [], "", [], null);

    private static PhraseMatcher<Intent> Single(IEnumerable<string> phrases, Intent intent) =>
        new(phrases.Select(p => (p, intent)));

    /// <summary>
    /// Drops the aspects whose trigger, where it stands, asks nothing (<see cref="NotAskedRule"/>). A rule that needs
    /// another aspect asked counts only the aspects no rule questions, so two doubtful triggers do not drop each other.
    /// </summary>
    /// <param name="consumed">
    /// The words the triggers took: a dropped trigger's words go back to the topic, since they name what the citizen
    /// is about ("gia hạn nộp tiền thuế" is the tax payment extension, not a deadline and a fee).
    /// </param>
    private static void DropTriggersThatAskNothing(TokenizedText text, List<(Aspect Tag, int Start)> positions, bool[] taken, bool[] consumed)
    {
        var rules = positions
            .Select(p => AspectCatalog.Instance[p.Tag].NotAsked.Select(r => (Rule: r, Length: r.MatchesAt(text, p.Start, taken))).Where(m => m.Length > 0).ToArray())
            .ToArray();
        var sure = positions.Where((_, i) => rules[i].Length == 0).Select(p => p.Tag).ToHashSet();
        var dropped = positions
            .Select((p, i) => (Position: p, Match: rules[i].FirstOrDefault(m => m.Rule.BesideAnAspectOtherThan.Count == 0 || sure.Any(a => a != p.Tag && !m.Rule.BesideAnAspectOtherThan.Contains(a)))))
            .Where(d => d.Match.Rule is not null)
            .ToList();
        foreach (var (position, match) in dropped)
        {
            Array.Fill(consumed, false, position.Start, match.Length);
        }

        positions.RemoveAll(p => dropped.Any(d => d.Position == p));
    }
}
