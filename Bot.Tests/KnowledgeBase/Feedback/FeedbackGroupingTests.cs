using global::KnowledgeBase.Feedback;

namespace Bot.Tests.KnowledgeBase.Feedback;

public sealed class FeedbackGroupingTests
{
    private static readonly DateTimeOffset Day = new(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void WordingsThatDifferOnlyInCaseMarksOrPunctuationShareOneKey()
    {
        Assert.Equal(FeedbackGrouping.Key("Làm hộ chiếu ở đâu?"), FeedbackGrouping.Key("lam ho chieu o dau"));
    }

    [Fact]
    public void TheSameNeedAskedInOtherWordsIsOneGroupButADifferentNeedIsNot()
    {
        var groups = FeedbackGrouping.Questions(
        [
            Unanswered("cấp lại thẻ căn cước bị mất", Day, "webchat"),
            Unanswered("Cấp lại thẻ căn cước bị mất ạ?", Day.AddHours(1), "zalo"),
            Unanswered("mất thẻ căn cước cấp lại thế nào", Day.AddHours(2), "kiosk"),
            Unanswered("cấp đổi thẻ căn cước", Day.AddHours(3), "webchat"),
            Unanswered("đăng ký kết hôn", Day, "webchat"),
            Unanswered("đăng ký khai sinh", Day, "webchat"),
        ]);

        Assert.Equal(4, groups.Count);
        var lost = groups[0];
        Assert.Equal("cấp lại thẻ căn cước bị mất", lost.Representative);
        Assert.Equal(3, lost.Count);
        Assert.Equal(3, lost.Variants.Count);
        Assert.Equal(["kiosk", "webchat", "zalo"], lost.Channels);
        Assert.Equal((Day, Day.AddHours(2)), (lost.First, lost.Last));
        Assert.DoesNotContain(groups.Skip(1), g => g.Representative.Contains("lại", StringComparison.Ordinal));
    }

    [Fact]
    public void OnlyUnansweredQuestionsAndNotHelpfulRatingsReachTheInbox()
    {
        var groups = FeedbackGrouping.Questions(
        [
            Unanswered("hộ chiếu cho trẻ em", Day, "webchat"),
            Rating("hộ chiếu cho trẻ em", helpful: false, "1.001456"),
            Rating("đăng ký thường trú", helpful: true, "1.004222"),
        ]);

        var group = Assert.Single(groups);
        Assert.Equal((1, 1), (group.Unanswered, group.NotHelpful));
        Assert.Equal(["1.001456"], group.RatedCodes);
    }

    [Fact]
    public void WorstRatedListsProceduresWithAtLeastOneNotHelpfulVoteMostComplainedOfFirst()
    {
        var rated = FeedbackGrouping.WorstRated(
        [
            Rating("a", helpful: false, "1"), Rating("b", helpful: false, "1"), Rating("c", helpful: true, "1"),
            Rating("d", helpful: false, "2"), Rating("e", helpful: true, "3"),
        ]);

        Assert.Equal(["1", "2"], rated.Select(r => r.Code));
        Assert.Equal((2, 1), (rated[0].Bad, rated[0].Good));
    }

    private static FeedbackRecord Unanswered(string question, DateTimeOffset time, string channel) =>
        new() { Kind = FeedbackKinds.Unanswered, Time = time, Question = question, Channel = channel };

    private static FeedbackRecord Rating(string question, bool helpful, string code) =>
        new() { Kind = FeedbackKinds.Rating, Time = Day, Question = question, Helpful = helpful, ProcedureCode = code };
}
