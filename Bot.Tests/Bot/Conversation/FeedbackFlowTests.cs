using Bot.Tests.Bot.Support;
using KnowledgeBase.Feedback;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search;

namespace Bot.Tests.Bot.Conversation;

public sealed class FeedbackFlowTests : IDisposable
{
    private readonly BotHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task RatingsAreRecordedWithQuestionProcedureAndAnswerPathAndPersonalDataMasked()
    {
        await _harness.Flow()
            .Send("tôi là Nguyễn Văn A, CCCD 001203004567, sđt 0912 345 678, lệ phí đăng ký thường trú bao nhiêu?")
            .AssertReply(reply => Assert.Equal("1.004222", reply.Code()))
            .Send("Chưa hữu ích")
            .AssertReply(reply =>
            {
                Assert.Equal("feedback", reply.Kind());
                Assert.Contains("Cảm ơn bạn đã góp ý", reply.Text());
            })
            .Send("Chưa hữu ích")
            .AssertReply(reply => Assert.Equal("feedback", reply.Kind()))
            .Send("đăng ký kết hôn cần giấy tờ gì")
            .AssertReply(reply => Assert.Equal("1.000894", reply.Code()))
            .Send("Hữu ích")
            .AssertReply(reply => Assert.Contains("Cảm ơn bạn đã đánh giá", reply.Text()))
            .StartTestAsync();

        var records = FeedbackLog.ReadAll(_harness.FeedbackFolder).Records;
        Assert.Equal(2, records.Count);
        var bad = records[0];
        Assert.Equal(FeedbackKinds.Rating, bad.Kind);
        Assert.False(bad.Helpful);
        Assert.Equal("1.004222", bad.ProcedureCode);
        Assert.Equal("Đăng ký thường trú", bad.ProcedureName);
        Assert.Equal("Fee", bad.Aspect);
        Assert.Equal("extractive", bad.AnswerPath);
        Assert.Equal("webchat", bad.Channel);
        Assert.DoesNotContain("001203004567", bad.Question);
        Assert.DoesNotContain("0912 345 678", bad.Question);
        Assert.Contains("[id-number]", bad.Question);
        Assert.Contains("[phone]", bad.Question);
        Assert.Contains("lệ phí đăng ký thường trú", bad.Question);
        Assert.True(records[1].Helpful);
        Assert.Equal("1.000894", records[1].ProcedureCode);
    }

    [Fact]
    public async Task FeedbackBeforeAnyAnswerRecordsNothing()
    {
        await _harness.Flow()
            .Send("Hữu ích")
            .AssertReply(reply => Assert.Equal("feedback", reply.Kind()))
            .StartTestAsync();

        Assert.Empty(FeedbackLog.ReadAll(_harness.FeedbackFolder).Records);
    }

    [Fact]
    public async Task GuessedChoicesAreLoggedAmongUnansweredQuestionsForEditors()
    {
        // The search is confident but no name shares a word with the question: the bot can only guess.
        var deathRegistration = new Procedure { Code = "1.000656", Name = "Đăng ký khai tử", Levels = ["Cấp xã"] };
        using var harness = new BotHarness(search: new GuessingSearch(deathRegistration, 180));

        await harness.Flow()
            .Send("bố tôi vừa qua đời cần làm giấy gì")
            .AssertReply(reply => Assert.Equal("clarification", reply.Kind()))
            .StartTestAsync();

        var record = Assert.Single(FeedbackLog.ReadAll(harness.FeedbackFolder).Records);
        Assert.Equal("unanswered", record.Kind);
        Assert.Equal("bố tôi vừa qua đời cần làm giấy gì", record.Question);
        Assert.Equal(["1.000656"], record.Closest);
    }

    private sealed class GuessingSearch(Procedure procedure, float score) : IProcedureSearch
    {
        public bool IsLoaded => true;

        public IndexInfo? Info => null;

        public IReadOnlyList<SearchHit> Search(SearchRequest request, CancellationToken cancellationToken = default) =>
            [new SearchHit(procedure, score, null, "")];

        public Procedure? GetByCode(string code) => code == procedure.Code ? procedure : null;
    }
}
