using Bot.Conversation;
using Bot.Hosting;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Bot.Conversation;

/// <summary>
/// How search hits become an answer, a choice or a no-match. The search here replays fixed hits so the score
/// thresholds are pinned exactly; the real index is covered by the conversation and dev-set tests.
/// </summary>
public sealed class ProcedureResolverTests
{
    private static readonly Procedure DeathRegistration = new() { Code = "1.000656", Name = "Đăng ký khai tử", Levels = ["Cấp xã"] };
    private static readonly Procedure Inheritance = new() { Code = "2.001406", Name = "Chứng thực văn bản thỏa thuận phân chia di sản", Levels = ["Cấp xã"] };
    private static readonly Procedure Adoption = new() { Code = "1.003005", Name = "Đăng ký việc nuôi con nuôi trong nước", Levels = ["Cấp xã"] };
    private static readonly Procedure Business = new() { Code = "1.001612", Name = "Đăng ký thành lập hộ kinh doanh", Levels = ["Cấp xã"] };
    private static readonly Procedure TaxDeduction = new() { Code = "3.000083", Name = "Giảm thuế thu nhập cá nhân đối với cá nhân bị bệnh hiểm nghèo", Levels = ["Cấp tỉnh"] };

    [Fact]
    public void ConfidentHitsWhoseNamesShareNoWordWithTheQuestionAreOfferedAsChoices()
    {
        var resolver = Resolver(new ReplayedSearch((DeathRegistration, 180), (Inheritance, 120), (Adoption, 90)));

        var resolution = resolver.Resolve(Question("bố tôi vừa qua đời cần làm giấy gì"), CancellationToken.None);

        Assert.Equal(ResolutionKind.Probable, resolution.Kind);
        Assert.Equal(["1.000656", "2.001406", "1.003005"], resolution.Candidates.Select(p => p.Code));
    }

    [Fact]
    public void WeakHitsWhoseNamesShareNoWordWithTheQuestionAreANoMatch()
    {
        var resolver = Resolver(new ReplayedSearch((DeathRegistration, 60), (Adoption, 40)));

        var resolution = resolver.Resolve(Question("bố tôi vừa qua đời cần làm giấy gì"), CancellationToken.None);

        Assert.Equal(ResolutionKind.NoMatch, resolution.Kind);
        Assert.Null(resolution.Procedure);
    }

    [Fact]
    public void SearchesFirstChoiceIsOfferedBesideALowerHitThatOnlySharesWords()
    {
        // "quán cà phê" reaches the household business through synonyms; a lower hit merely shares "đăng ký".
        var registration = new Procedure { Code = "2.000720", Name = "Đăng ký thay đổi nội dung đăng ký kinh doanh", Levels = ["Cấp xã"] };
        var resolver = Resolver(new ReplayedSearch((Business with { Name = "Thành lập hộ buôn bán nhỏ" }, 400), (registration, 200)));

        var resolution = resolver.Resolve(Question("mở quán cà phê thì đăng ký kinh doanh thế nào"), CancellationToken.None);

        Assert.Equal(ResolutionKind.Ambiguous, resolution.Kind);
        Assert.Equal(["1.001612", "2.000720"], resolution.Candidates.Select(p => p.Code));
    }

    [Fact]
    public void StrongConfirmedMatchOverrulesAnOutOfScopeWord()
    {
        var resolver = Resolver(new ReplayedSearch((TaxDeduction, 300)));
        var understanding = new MessageInterpreter().Interpret("bị bệnh hiểm nghèo có được giảm thuế thu nhập cá nhân không");

        var resolution = resolver.Resolve(understanding, CancellationToken.None);

        Assert.Equal(Intent.OutOfScope, understanding.Intent);
        Assert.True(resolution.IsConfirmedAbove(new BotOptions().OutOfScopeOverrideScore));
        Assert.Equal("3.000083", resolution.Procedure?.Code);
    }

    [Fact]
    public void WeakMatchDoesNotOverruleAnOutOfScopeWord()
    {
        var resolver = Resolver(new ReplayedSearch((TaxDeduction, 80)));

        var resolution = resolver.Resolve(new MessageInterpreter().Interpret("tôi bị sốt thì nên uống thuốc gì"), CancellationToken.None);

        Assert.False(resolution.IsConfirmedAbove(new BotOptions().OutOfScopeOverrideScore));
    }

    private static ProcedureResolver Resolver(IProcedureSearch search) => new(search, Options.Create(new BotOptions()));

    private static Understanding Question(string text) => new MessageInterpreter().Interpret(text);

    private sealed class ReplayedSearch(params (Procedure Procedure, float Score)[] hits) : IProcedureSearch
    {
        public bool IsLoaded => true;

        public IndexInfo? Info => null;

        public IReadOnlyList<SearchHit> Search(SearchRequest request, CancellationToken cancellationToken = default) =>
            hits.Take(request.MaxResults).Select(h => new SearchHit(h.Procedure, h.Score, null, "")).ToList();

        public Procedure? GetByCode(string code) => hits.Select(h => h.Procedure).FirstOrDefault(p => p.Code == code);
    }
}
