using System.Globalization;
using System.Text;

namespace Bot.Evaluation;

/// <summary>The figures of an answer-set run (issue "Answers a citizen can act on").</summary>
public sealed class AnswerReport
{
    private readonly List<TurnVerdict> _turns = [];

    public IReadOnlyList<TurnVerdict> Turns => _turns;

    public void Add(TurnVerdict verdict) => _turns.Add(verdict);

    private IEnumerable<TurnVerdict> FirstAnswerable => _turns.Where(t => !t.IsFollowUp && t.IsAnswerable);

    private IEnumerable<TurnVerdict> FollowUps => _turns.Where(t => t.IsFollowUp && t.IsAnswerable);

    /// <summary>First replies that answer a right procedure directly, of first messages that name a procedure.</summary>
    public double DirectRate => Rate(FirstAnswerable, t => t.Outcome == Outcome.Direct);

    public double MenuRate => Rate(FirstAnswerable, t => t.Outcome is Outcome.MenuWithRight or Outcome.MenuWithoutRight);

    public double WrongDirectRate => Rate(FirstAnswerable, t => t.Outcome == Outcome.WrongDirect);

    public double MissRate => Rate(FirstAnswerable, t => t.Outcome == Outcome.Missed);

    /// <summary>Facts asked that the reply stated, over every turn that asked one.</summary>
    public double FactRate
    {
        get
        {
            var facts = _turns.SelectMany(t => t.Facts).ToList();
            return facts.Count == 0 ? double.NaN : (double)facts.Count(f => f.Present) / facts.Count;
        }
    }

    /// <summary>Follow-ups (a turn after the first) answered with a right procedure directly.</summary>
    public double FollowUpKeptRate => Rate(FollowUps, t => t.Outcome == Outcome.Direct);

    /// <summary>Median length in characters of replies that answer a procedure.</summary>
    public double MedianAnswerLength
    {
        get
        {
            var lengths = _turns.Where(t => t.Kind == "answer").Select(t => t.Text.Length).Order().ToArray();
            return lengths.Length == 0 ? double.NaN : lengths.Length % 2 == 1
                ? lengths[lengths.Length / 2]
                : (lengths[lengths.Length / 2 - 1] + lengths[lengths.Length / 2]) / 2.0;
        }
    }

    /// <summary>Replies answering a procedure that run past one phone screen (<see cref="PhoneScreen"/> characters).</summary>
    public int LongAnswers => _turns.Count(t => t.IsLong);

    public int Answers => _turns.Count(t => t.Kind == "answer");

    public const int PhoneScreen = 700;

    public int OutOfScope => _turns.Count(t => t.Outcome is Outcome.Declined or Outcome.NotDeclined);

    public int OutOfScopeDeclined => _turns.Count(t => t.Outcome == Outcome.Declined);

    public int SmallTalk => _turns.Count(t => t.Outcome is Outcome.SmallTalk or Outcome.SmallTalkMissed);

    public int SmallTalkAnswered => _turns.Count(t => t.Outcome == Outcome.SmallTalk);

    public int RepliesWithDebris => _turns.Count(t => t.Debris.Count > 0);

    public string Summary()
    {
        var first = FirstAnswerable.Count();
        var facts = _turns.SelectMany(t => t.Facts).Count();
        var builder = new StringBuilder();
        builder.AppendLine(string.Create(CultureInfo.InvariantCulture, $"first replies ({first}): direct right {DirectRate:P1}, menu {MenuRate:P1}, wrong direct {WrongDirectRate:P1}, missed {MissRate:P1}"));
        builder.AppendLine(string.Create(CultureInfo.InvariantCulture, $"asked facts present: {Percent(FactRate)} of {facts}; median answer {MedianAnswerLength:F0} characters; {LongAnswers} of {Answers} answers over {PhoneScreen}"));
        builder.AppendLine(string.Create(CultureInfo.InvariantCulture, $"follow-ups ({FollowUps.Count()}) kept the topic: {Percent(FollowUpKeptRate)}"));
        builder.AppendLine(string.Create(CultureInfo.InvariantCulture, $"out of scope declined: {OutOfScopeDeclined}/{OutOfScope}; small talk answered with something to tap: {SmallTalkAnswered}/{SmallTalk}; replies with crawl debris: {RepliesWithDebris}"));
        return builder.ToString();
    }

    /// <summary>A rate as a percentage, or "—" for a set that has nothing to measure it on (the portal FAQ has no follow-ups).</summary>
    private static string Percent(double rate) => double.IsNaN(rate) ? "—" : rate.ToString("P1", CultureInfo.InvariantCulture);

    private static double Rate(IEnumerable<TurnVerdict> turns, Func<TurnVerdict, bool> predicate)
    {
        var list = turns.ToList();
        return list.Count == 0 ? double.NaN : (double)list.Count(predicate) / list.Count;
    }
}
