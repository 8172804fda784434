using Bot.Conversation;
using Bot.Tests.Bot.Support;
using KnowledgeBase.Indexing;
using KnowledgeBase.Matching;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search;

namespace Bot.Tests.KnowledgeBase.Matching;

/// <summary>
/// How search hits become an answer, a choice or a no-match. The search here replays fixed hits so the score
/// thresholds are pinned exactly; the real index is covered by the conversation and dev-set tests.
/// </summary>
public sealed class ProcedureMatcherTests
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

        var resolution = resolver.Match(Question("bố tôi vừa qua đời cần làm giấy gì"), CancellationToken.None);

        Assert.Equal(MatchKind.Probable, resolution.Kind);
        Assert.Equal(["1.000656", "2.001406", "1.003005"], resolution.Candidates.Select(p => p.Code));
    }

    [Fact]
    public void WeakHitsWhoseNamesShareNoWordWithTheQuestionAreANoMatch()
    {
        var resolver = Resolver(new ReplayedSearch((DeathRegistration, 60), (Adoption, 40)));

        var resolution = resolver.Match(Question("bố tôi vừa qua đời cần làm giấy gì"), CancellationToken.None);

        Assert.Equal(MatchKind.NoMatch, resolution.Kind);
        Assert.Null(resolution.Procedure);
    }

    [Fact]
    public void AQuestionTheCatalogueHasNothingForIsNoMenuOfRecordsSharingOneOfItsWords()
    {
        // "nuôi ong" reaches the adoptions ("con nuôi") through one word the search scores near 120.
        var match = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(Question("nhà em nuôi ong lấy mật ở Ba Vì, có cần xin giấy chứng nhận gì để bán mật ong ra chợ không"), default);

        Assert.Equal(MatchKind.NoMatch, match.Kind);
    }

    [Fact]
    public void HitBelowTheMinimumScoreIsNotAnsweredEvenWhenItsNameSharesTheQuestionsWords()
    {
        var trial = new Procedure { Code = "1.011030", Name = "Công nhận kết quả khảo nghiệm sản phẩm xử lý chất thải chăn nuôi", Levels = ["Cấp bộ"] };
        var resolver = Resolver(new ReplayedSearch((trial, 50)));

        var resolution = resolver.Match(Question("kết quả trận Việt Nam gặp Thái Lan tối qua"), CancellationToken.None);

        Assert.Equal(MatchKind.NoMatch, resolution.Kind);
        Assert.Empty(resolution.Candidates);
    }

    [Fact]
    public void SearchesFirstChoiceIsAnsweredWithALowerHitThatOnlySharesWordsOfferedBeside()
    {
        // "quán cà phê" reaches the household business through synonyms; a lower hit merely shares "đăng ký".
        var registration = new Procedure { Code = "2.000720", Name = "Đăng ký thay đổi nội dung đăng ký kinh doanh", Levels = ["Cấp xã"] };
        var resolver = Resolver(new ReplayedSearch((Business with { Name = "Thành lập hộ buôn bán nhỏ" }, 400), (registration, 200)));

        var resolution = resolver.Match(Question("mở quán cà phê thì đăng ký kinh doanh thế nào"), CancellationToken.None);

        Assert.Equal("1.001612", resolution.Procedure?.Code);
        Assert.Equal(["2.000720"], resolution.Alternatives.Select(p => p.Code));
    }

    [Fact]
    public void StrongConfirmedMatchOverrulesAnOutOfScopeWord()
    {
        var resolver = Resolver(new ReplayedSearch((TaxDeduction, 300)));
        var understanding = new MessageInterpreter().Interpret("bị bệnh hiểm nghèo có được giảm thuế thu nhập cá nhân không");

        var resolution = resolver.Match(understanding.ToMatchRequest(), CancellationToken.None);

        Assert.Equal(Intent.OutOfScope, understanding.Intent);
        Assert.True(resolution.IsConfirmedAbove(new MatchingOptions().OutOfScopeOverrideScore));
        Assert.Equal("3.000083", resolution.Procedure?.Code);
    }

    [Fact]
    public void WeakMatchDoesNotOverruleAnOutOfScopeWord()
    {
        var resolver = Resolver(new ReplayedSearch((TaxDeduction, 80)));

        var resolution = resolver.Match(Question("tôi bị sốt thì nên uống thuốc gì"), CancellationToken.None);

        Assert.False(resolution.IsConfirmedAbove(new MatchingOptions().OutOfScopeOverrideScore));
    }

    [Fact]
    public void ALowerHitWhoseWholeNameTheQuestionRefinesWinsOverThePlainProcedure()
    {
        var marriage = new Procedure { Code = "1.000894", Name = "Thủ tục đăng ký kết hôn", Levels = ["Cấp xã"] };
        var reRegistration = new Procedure { Code = "1.004746", Name = "Thủ tục đăng ký lại kết hôn", Levels = ["Cấp xã"] };
        var resolver = Resolver(new ReplayedSearch((marriage, 628), (reRegistration, 480)));

        var resolution = resolver.Match(Question("đã đăng ký kết hôn nhưng sổ bị mất, muốn đăng ký lại kết hôn"), CancellationToken.None);

        Assert.Equal("1.004746", resolution.Procedure?.Code);
    }

    [Fact]
    public void ProcedureMerelyMentionedAsContextDoesNotReplaceTheBestHit()
    {
        var singleStatus = new Procedure { Code = "1.004873", Name = "Thủ tục cấp Giấy xác nhận tình trạng hôn nhân", Levels = ["Cấp xã"] };
        var marriage = new Procedure { Code = "1.000894", Name = "Thủ tục đăng ký kết hôn", Levels = ["Cấp xã"] };
        var resolver = Resolver(new ReplayedSearch((singleStatus, 500), (marriage, 300)));

        var resolution = resolver.Match(Question("xác nhận tình trạng hôn nhân để đi đăng ký kết hôn ở tỉnh khác"), CancellationToken.None);

        Assert.Equal("1.004873", resolution.Procedure?.Code);
    }

    [Fact]
    public void QuestionNamingOnlyTheStartOfLowerNamesLeavesTheSearchsChoice()
    {
        // Ordering names whose start the question spells is the search's job (its name refinements put the translator
        // procedures first for this question); the resolver does not second-guess the order it gets.
        var signature = new Procedure { Code = "2.000884", Name = "Chứng thực chữ ký trong các giấy tờ, văn bản", Levels = ["Cấp xã"] };
        var collaborator = new Procedure { Code = "2.000992", Name = "Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật", Levels = ["Cấp xã"] };
        var other = new Procedure { Code = "2.001008", Name = "Chứng thực chữ ký người dịch mà người dịch không phải là cộng tác viên dịch thuật", Levels = ["Cấp xã"] };
        var resolver = Resolver(new ReplayedSearch((signature, 490), (collaborator, 285), (other, 257)));

        var resolution = resolver.Match(Question("chứng thực chữ ký người dịch bản dịch tiếng Anh"), CancellationToken.None);

        Assert.Equal("2.000884", resolution.Procedure?.Code);
    }

    [Fact]
    public void CloseNamesAddingWhatTheQuestionDoesNotSayGiveWayToTheNameItSaysWhole()
    {
        var registration = new Procedure { Code = "1.002010", Name = "Đăng ký hoạt động của tổ chức hành nghề luật sư", Levels = ["Cấp tỉnh"] };
        var branch = new Procedure { Code = "1.002099", Name = "Đăng ký hoạt động của chi nhánh của tổ chức hành nghề luật sư", Levels = ["Cấp tỉnh"] };
        var change = new Procedure { Code = "1.002032", Name = "Thay đổi nội dung đăng ký hoạt động của tổ chức hành nghề luật sư", Levels = ["Cấp tỉnh"] };
        var resolver = Resolver(new ReplayedSearch((registration, 500), (branch, 490), (change, 480)));

        var resolution = resolver.Match(Question("Làm thế nào để đăng ký hoạt động cho tổ chức hành nghề luật sư?"), CancellationToken.None);

        Assert.Equal(MatchKind.Unique, resolution.Kind);
        Assert.Equal("1.002010", resolution.Procedure?.Code);
    }

    [Fact]
    public void TheForeignVariantGivesWayWhenNothingInTheQuestionIsForeignEvenIfItsNameHoldsTheQuestionsWords()
    {
        var domestic = new Procedure { Code = "2.001263", Name = "Đăng ký việc nuôi con nuôi trong nước", Levels = ["Cấp xã"] };
        var foreign = new Procedure { Code = "1.004878", Name = "Giải quyết việc nuôi con nuôi có yếu tố nước ngoài đối với trường hợp cha dượng, mẹ kế nhận con riêng của vợ hoặc chồng", Levels = ["Cấp tỉnh"] };
        var resolver = Resolver(new ReplayedSearch((domestic, 500), (foreign, 480)));

        var resolution = resolver.Match(Question("vợ chồng tôi muốn nhận con nuôi"), CancellationToken.None);

        Assert.Equal(MatchKind.Unique, resolution.Kind);
        Assert.Equal("2.001263", resolution.Procedure?.Code);
    }

    [Fact]
    public void CloseNameWithAQualifierTheQuestionSaysIsStillAskedAbout()
    {
        var registration = new Procedure { Code = "1.002010", Name = "Đăng ký hoạt động của tổ chức hành nghề luật sư", Levels = ["Cấp tỉnh"] };
        var change = new Procedure { Code = "1.002032", Name = "Thay đổi nội dung đăng ký hoạt động của tổ chức hành nghề luật sư", Levels = ["Cấp tỉnh"] };
        var resolver = Resolver(new ReplayedSearch((registration, 500), (change, 490)));

        var resolution = resolver.Match(Question("đăng ký hoạt động tổ chức hành nghề luật sư, nội dung có gì"), CancellationToken.None);

        Assert.Equal(MatchKind.Ambiguous, resolution.Kind);
    }

    [Fact]
    public void NameStartEndingInALinkWordDoesNotBeatTheWholeName()
    {
        var birth = new Procedure { Code = "1.001193", Name = "Thủ tục đăng ký khai sinh", Levels = ["Cấp xã"] };
        var late = new Procedure { Code = "1.004772", Name = "Thủ tục đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân", Levels = ["Cấp xã"] };
        var resolver = Resolver(new ReplayedSearch((birth, 600), (late, 560)));

        var resolution = resolver.Match(Question("đăng ký khai sinh cho con cần giấy tờ gì"), CancellationToken.None);

        Assert.Equal("1.001193", resolution.Procedure?.Code);
    }

    [Fact]
    public void AbbreviationInTheCatalogueNameCountsAsTheWordsItStandsFor()
    {
        var convalescence = new Procedure { Code = "1.001598", Name = "Giải quyết hưởng trợ cấp nghỉ DSPHSK sau ốm đau, thai sản, TNLĐ, BNN", Levels = ["Cấp tỉnh"] };
        var resolver = Resolver(new ReplayedSearch((convalescence, 92)));

        var resolution = resolver.Match(Question("sau sinh sức khỏe yếu, xin nghỉ dưỡng sức phục hồi sức khỏe"), CancellationToken.None);

        Assert.Equal("1.001598", resolution.Procedure?.Code);
    }

    [Fact]
    public void LowerHitNamingWhatTheQuestionAddsIsOfferedBesideTheAnswer()
    {
        var firstRegistration = new Procedure { Code = "1.013067", Name = "Đăng ký, cấp biển số xe lần đầu", Levels = ["Cấp xã"] };
        var inspection = new Procedure { Code = "1.013089", Name = "Cấp giấy chứng nhận kiểm định xe", Levels = ["Cấp tỉnh"] };
        var temporary = new Procedure { Code = "1.013083", Name = "Đăng ký xe tạm thời", Levels = ["Cấp xã"] };
        var resolver = Resolver(new ReplayedSearch((firstRegistration, 339), (inspection, 160), (temporary, 154)));

        var resolution = resolver.Match(Question("xe mới mua chưa có biển, cần đăng ký tạm thời để chạy về quê"), CancellationToken.None);

        // "tạm thời" is in the lower name only: one tap away, beside the search's first choice.
        Assert.Equal("1.013067", resolution.Procedure?.Code);
        Assert.Equal(["1.013083"], resolution.Alternatives.Select(p => p.Code));
    }

    [Fact]
    public void LowerHitSharingOnlyScatteredWordsDoesNotTurnAnAnswerIntoAChoice()
    {
        var birth = new Procedure { Code = "1.001193", Name = "Thủ tục đăng ký khai sinh", Levels = ["Cấp xã"] };
        var parentage = new Procedure { Code = "1.001022", Name = "Thủ tục đăng ký nhận cha, mẹ, con", Levels = ["Cấp xã"] };
        var resolver = Resolver(new ReplayedSearch((birth, 600), (parentage, 300)));

        var resolution = resolver.Match(Question("đăng ký khai sinh cho con ở phường"), CancellationToken.None);

        Assert.Equal("1.001193", resolution.Procedure?.Code);
    }

    [Fact]
    public void LowerHitNamingWhatTheSynonymsSayTheQuestionMeansIsOfferedBesideTheAnswer()
    {
        // The police-family card outranks the household one on "bảo hiểm y tế"; the editors' synonyms say that
        // buying health insurance yourself is "người chỉ tham gia bảo hiểm y tế", which only the second name holds.
        var policeFamilies = new Procedure { Code = "2.000639", Name = "Cấp thẻ bảo hiểm y tế (thực hiện tại cấp tỉnh)", Levels = ["Cấp tỉnh"] };
        var household = new Procedure { Code = "1.001939", Name = "Đăng ký đóng, cấp thẻ BHYT đối với người chỉ tham gia BHYT", Levels = ["Cấp xã"] };
        var search = new ReplayedSearch((policeFamilies, 474), (household, 324)) { Synonyms = ["nguoi chi tham gia bao hiem y te"] };

        var resolution = Resolver(search).Match(Question("mua bảo hiểm y tế hộ gia đình cho cả nhà"), CancellationToken.None);

        Assert.Equal("2.000639", resolution.Procedure?.Code);
        Assert.Equal(["1.001939"], resolution.Alternatives.Select(p => p.Code));
    }

    [Fact]
    public void ANameWhoseRestTheCitizensSituationSpellsOutWinsOverTheShorterWholeName()
    {
        // "đăng ký kết hôn" is the whole domestic name, but the citizen's fiancé is Korean, which the synonyms read as
        // "yếu tố nước ngoài": the name that says so is what the question names.
        var domestic = new Procedure { Code = "1.000894", Name = "Thủ tục đăng ký kết hôn", Levels = ["Cấp xã"] };
        var foreign = new Procedure { Code = "2.000806", Name = "Thủ tục đăng ký kết hôn có yếu tố nước ngoài", Levels = ["Cấp xã"] };
        var question = Question("bạn trai mình người Hàn Quốc, muốn đăng ký kết hôn thì nộp hồ sơ ở đâu");

        var withSituation = Resolver(new ReplayedSearch((domestic, 490), (foreign, 489)) { Synonyms = ["nguoi nuoc ngoai", "yeu to nuoc ngoai"] })
            .Match(question, CancellationToken.None);
        var withoutSituation = Resolver(new ReplayedSearch((foreign, 490), (domestic, 489)))
            .Match(Question("muốn đăng ký kết hôn thì nộp hồ sơ ở đâu"), CancellationToken.None);

        Assert.Equal("2.000806", withSituation.Procedure?.Code);
        Assert.Equal("1.000894", withoutSituation.Procedure?.Code);
    }

    [Fact]
    public void CloseCandidatesTheCitizensOwnWordsRuleOutAreNotAskedAbout()
    {
        var household = new Procedure { Code = "2.000575", Name = "Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh, Cấp đổi sang Giấy chứng nhận đăng ký hộ kinh doanh", Levels = ["Cấp xã"] };
        var company = new Procedure
        {
            Code = "2.002018",
            Name = "Cấp lại Giấy chứng nhận đăng ký doanh nghiệp do bị mất, cháy, rách, nát hoặc bị tiêu hủy dưới hình thức khác",
            Levels = ["Cấp tỉnh"],
        };
        var search = new ReplayedSearch((household, 300), (company, 295));

        var named = Resolver(search).Match(Question("Giấy chứng nhận đăng ký doanh nghiệp của công ty bị mất, xin cấp lại cần gì"), CancellationToken.None);

        Assert.Equal(MatchKind.Unique, named.Kind);
        Assert.Equal("2.002018", named.Procedure?.Code);
    }

    [Fact]
    public void AQuestionWithWordsForBothCloseCandidatesIsStillAskedAbout()
    {
        // "bị mất" points at one name, "kinh doanh" at the other: the citizen's words do not settle it.
        var household = new Procedure { Code = "2.000575", Name = "Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh", Levels = ["Cấp xã"] };
        var company = new Procedure { Code = "2.002018", Name = "Cấp lại Giấy chứng nhận đăng ký doanh nghiệp do bị mất", Levels = ["Cấp tỉnh"] };

        var match = Resolver(new ReplayedSearch((household, 300), (company, 295)))
            .Match(Question("giấy chứng nhận đăng ký kinh doanh bị mất thì xin cấp lại thế nào"), CancellationToken.None);

        Assert.Equal(MatchKind.Ambiguous, match.Kind);
    }

    [Fact]
    public void ALowerHitTheRequestNamesAnswersALongStoryWhoseContextRankedAnotherFirst()
    {
        var contributions = new Procedure { Code = "1.002179", Name = "Đăng ký, điều chỉnh đóng BHXH tự nguyện; cấp sổ BHXH", Levels = ["Cấp xã"] };
        var survivors = new Procedure { Code = "2.000821", Name = "Giải quyết hưởng chế độ tử tuất", Levels = ["Cấp xã"] };
        var search = new ReplayedSearch((contributions, 250), (survivors, 190));

        var story = Resolver(search).Match(Question("Anh trai tôi đóng BHXH ở công ty thì bị mất, gia đình giờ muốn hưởng tử tuất thì nộp cho ai?"), CancellationToken.None);

        Assert.Equal(MatchKind.Unique, story.Kind);
        Assert.Equal("2.000821", story.Procedure?.Code);
        Assert.Contains(story.Alternatives, p => p.Code == "1.002179");
    }

    [Fact]
    public void AProcedureRankedAtTwoLevelsIsOneAnswerWithTheLowerHitItLeavesUnexplainedBeside()
    {
        // The same card at tỉnh and at trung ương is one procedure to the citizen, answered once, through the record a
        // Hanoi resident uses (tỉnh); the household card, which the synonyms say the question means, is offered beside it.
        var family = FamilyGrouping.Apply(
        [
            new Procedure { Code = "2.000639", Name = "Cấp thẻ bảo hiểm y tế (thực hiện tại cấp tỉnh)", Levels = ["Cấp tỉnh"] },
            new Procedure { Code = "1.003116", Name = "Cấp thẻ bảo hiểm y tế (thực hiện tại cấp trung ương)", Levels = ["Cấp bộ"] },
        ]);
        var household = new Procedure { Code = "1.001939", Name = "Đăng ký đóng, cấp thẻ BHYT đối với người chỉ tham gia BHYT", Levels = ["Cấp xã"] };
        var search = new ReplayedSearch((family[1], 474), (household, 324), (family[0], 276)) { Synonyms = ["nguoi chi tham gia bao hiem y te"] };

        var resolution = Resolver(search).Match(Question("mua bảo hiểm y tế hộ gia đình cho cả nhà"), CancellationToken.None);

        Assert.Equal("2.000639", resolution.Procedure?.Code);
        Assert.Equal(["1.001939"], resolution.Alternatives.Select(p => p.Code));
    }

    [Fact]
    public void TwoDifferentProceduresConfirmedWithCloseScoresAreAskedAboutAndNothingElseIsOffered()
    {
        var household = new Procedure { Code = "1.001570", Name = "Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh", Levels = ["Cấp xã"] };
        var company = new Procedure { Code = "2.002029", Name = "Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của doanh nghiệp", Levels = ["Cấp tỉnh"] };
        var unrelated = new Procedure { Code = "2.001583", Name = "Đăng ký thành lập công ty TNHH một thành viên", Levels = ["Cấp tỉnh"] };
        var resolver = Resolver(new ReplayedSearch((company, 322), (household, 322), (unrelated, 237)));

        var resolution = resolver.Match(Question("muốn tạm ngừng kinh doanh 1 năm thì thông báo thế nào"), CancellationToken.None);

        Assert.Equal(MatchKind.Ambiguous, resolution.Kind);
        Assert.Equal(["2.002029", "1.001570"], resolution.Candidates.Select(p => p.Code));
    }

    [Fact]
    public void AMessageNamesAProcedureByAPairOfItsWordsOrAWholeAliasNotByOneSharedWord()
    {
        var passport = new Procedure { Code = "1.001456", Name = "Cấp hộ chiếu phổ thông ở trong nước", Aliases = ["làm hộ chiếu"] };
        var land = new Procedure { Code = "1.007277", Name = "Khai lệ phí trước bạ nhà, đất" };

        var matcher = new ProcedureMatcher(BotFixtures.Search);

        Assert.True(matcher.Names(Question("lam ho chieu can giay to gi"), passport));
        Assert.True(matcher.Names(Question("còn hộ chiếu thì sao"), passport));
        Assert.False(matcher.Names(Question("le phi co dat khong"), land));
    }

    [Fact]
    public void APairMadeOfTwoNeighbouringWordsHalvesDoesNotNameAProcedure()
    {
        // The catalogue's names say "thông báo" far more often than "báo mất": in "thông báo mất", "báo" is "thông báo"'s.
        var report = new Procedure { Code = "1.010385", Name = "Trình báo mất hộ chiếu phổ thông" };
        var matcher = new ProcedureMatcher(BotFixtures.RepositorySearch);

        Assert.False(matcher.Names(Question("nghe noi phai dang bao thong bao mat a"), report));
        Assert.True(matcher.Names(Question("toi muon bao mat ho chieu"), report));
    }

    [Fact]
    public void AnAbbreviationNamesItsProcedureAndOneTheCurrentTopicDoesNotCover()
    {
        var record = new Procedure { Code = "3.000333", Name = "Cấp Phiếu Lý lịch tư pháp cho công dân Việt Nam" };
        var idCard = new Procedure { Code = "1.014064", Name = "Cấp lại thẻ căn cước" };
        var question = Question("xin lltp so 1 o dau");

        Assert.True(new ProcedureMatcher(BotFixtures.Search).Names(question, record));
        Assert.False(ProcedureMatcher.Covers(idCard, question, record));
    }

    [Fact]
    public void ChildsStatedAgeChoosesTheCardForChildrenWithoutAsking()
    {
        var adult = new Procedure { Code = "1.014075", Name = "Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên", Levels = ["Cấp xã"] };
        var child = new Procedure { Code = "1.014076", Name = "Cấp thẻ căn cước cho người dưới 14 tuổi", Levels = ["Cấp xã"] };
        var resolver = Resolver(new ReplayedSearch((adult, 300), (child, 295)));

        var young = resolver.Match(Question("Con tôi 5 tuổi, muốn làm thẻ căn cước cho cháu thì làm ở đâu?"), CancellationToken.None);
        var older = resolver.Match(Question("con toi 15 tuoi lam the can cuoc o dau"), CancellationToken.None);
        var unstated = resolver.Match(Question("làm thẻ căn cước ở đâu"), CancellationToken.None);

        Assert.Equal("1.014076", young.Procedure?.Code);
        Assert.Equal("1.014075", older.Procedure?.Code);
        Assert.Equal(MatchKind.Ambiguous, unstated.Kind);
    }

    [Theory]
    [InlineData("3 anh em minh gop von mo cong ty tnhh, ho so can nhung gi", "2.001199")]
    [InlineData("Hai vợ chồng tôi muốn mở công ty trách nhiệm hữu hạn thì cần giấy tờ gì?", "2.001199")]
    [InlineData("tôi mở công ty TNHH một mình làm chủ thì cần giấy gì", "2.001583")]
    public void HowManyPeopleOwnTheCompanyChoosesItsKindWithoutAsking(string question, string expected)
    {
        var single = new Procedure { Code = "2.001583", Name = "Đăng ký thành lập công ty TNHH một thành viên", Levels = ["Cấp tỉnh"] };
        var several = new Procedure { Code = "2.001199", Name = "Đăng ký thành lập công ty TNHH hai thành viên trở lên", Levels = ["Cấp tỉnh"] };
        var resolver = Resolver(new ReplayedSearch((single, 300), (several, 298)));

        Assert.Equal(expected, resolver.Match(Question(question), CancellationToken.None).Procedure?.Code);
        Assert.Equal(MatchKind.Ambiguous, resolver.Match(Question("mở công ty tnhh cần giấy tờ gì"), CancellationToken.None).Kind);
    }

    [Fact]
    public void NumberTypedAsADigitNamesTheSingleMemberCompany()
    {
        var single = new Procedure { Code = "2.001583", Name = "Đăng ký thành lập công ty TNHH một thành viên", Levels = ["Cấp tỉnh"] };
        var several = new Procedure { Code = "2.001199", Name = "Đăng ký thành lập công ty TNHH hai thành viên trở lên", Levels = ["Cấp tỉnh"] };
        var resolver = Resolver(new ReplayedSearch((single, 300), (several, 298)));

        var match = resolver.Match(Question("mo cong ty tnhh 1 thanh vien can chuan bi nhung giay to gi"), CancellationToken.None);

        Assert.Equal("2.001583", match.Procedure?.Code);
    }

    [Fact]
    public void OpeningAShopGetsTheCertificateNotItsRenewalOrReissue()
    {
        var issue = new Procedure { Code = "1.003619", Name = "Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y", Levels = ["Cấp tỉnh"] };
        var reissue = new Procedure { Code = "1.003612", Name = "Cấp lại Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y", Levels = ["Cấp tỉnh"] };
        var renewal = new Procedure { Code = "1.003598", Name = "Gia hạn Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y", Levels = ["Cấp tỉnh"] };
        var resolver = Resolver(new ReplayedSearch((reissue, 300), (issue, 299), (renewal, 297)));

        var opening = resolver.Match(Question("mo quay ban thuoc thu y thi can giay to gi"), CancellationToken.None);
        var renewing = resolver.Match(Question("gia han giay chung nhan du dieu kien buon ban thuoc thu y"), CancellationToken.None);

        Assert.Equal("1.003619", opening.Procedure?.Code);
        Assert.Equal("1.003598", renewing.Procedure?.Code);
    }

    [Fact]
    public void RebuildingAHouseGetsTheNewPermitNotItsReissueThoughTheReissuesBracketListsMoreWorks()
    {
        // "xây lại" is building again, not the "lại" of "cấp lại"; the re-issue's bracket adds "Sửa chữa, cải tạo".
        const string kinds = "(công trình Không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Dự án) và nhà ở riêng lẻ";
        var issue = new Procedure { Code = "1.013225", Name = "Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV " + kinds, Levels = ["Cấp xã"] };
        var reissue = new Procedure { Code = "1.013228", Name = "Cấp lại giấy phép xây dựng đối với công trình cấp III, cấp IV " + kinds.Replace("Dự án", "Sửa chữa, cải tạo/Dự án", StringComparison.Ordinal), Levels = ["Cấp xã"] };
        var resolver = Resolver(new ReplayedSearch((reissue, 101), (issue, 94)));

        var rebuilding = resolver.Match(Question("xay lai nha can giay phep khong"), CancellationToken.None);
        var lost = resolver.Match(Question("mat giay phep xay dung nha o xin cap lai"), CancellationToken.None);

        Assert.Equal("1.013225", rebuilding.Procedure?.Code);
        Assert.Equal("1.013228", lost.Procedure?.Code);
    }

    [Theory]
    [InlineData("Chồng tôi người Hàn Quốc đang ở Hà Nội, sắp hết hạn tạm trú, muốn gia hạn tạm trú cho anh ấy thì nộp ở đâu", "Gia hạn tạm trú cho người nước ngoài tại Việt Nam")]
    [InlineData("gia han tam tru cho nguoi nuoc ngoai o dau", "Gia hạn tạm trú cho người nước ngoài tại Việt Nam")]
    [InlineData("mẹ tôi sắp hết hạn tạm trú ở phường, gia hạn tạm trú nộp ở đâu", "Gia hạn tạm trú")]
    public void AForeignerGetsTheForeignersRecordOfTheProcedureAndACitizenThePlainOne(string question, string expectedName)
    {
        var match = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(Question(question), CancellationToken.None);

        Assert.Equal(MatchKind.Unique, match.Kind);
        Assert.StartsWith(expectedName, match.Procedure!.Name, StringComparison.Ordinal);
        Assert.Equal(expectedName.Length == "Gia hạn tạm trú".Length, match.Procedure.Name == "Gia hạn tạm trú");
    }

    [Theory]
    // The fee on "tài sản khác" covers a car; the one on "nhà, đất" is not asked about.
    [InlineData("mua lại ô tô cũ của người quen thì nộp lệ phí trước bạ ở đâu ạ", "1.007700")]
    // "… tài sản khác …, không phải là bất động sản" excludes the land the parents gave.
    [InlineData("bố mẹ cho con mảnh đất thì con có phải khai thuế thu nhập cá nhân không, khai ở đâu", "1.007674")]
    // The case a re-issue is for ("trường hợp … bị mất") is not what opening a transport company asks.
    [InlineData("Tôi định mở công ty chạy xe du lịch hợp đồng, xin giấy phép kinh doanh vận tải bằng ô tô thì bao lâu được cấp?", "1.000703")]
    public void WhatANameCoversOrExcludesDecidesBetweenSiblingsWithoutAsking(string question, string expected)
    {
        var match = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(Question(question), CancellationToken.None);

        Assert.Equal(MatchKind.Unique, match.Kind);
        Assert.Equal(expected, match.Procedure!.Code);
    }

    [Theory]
    // "sơn lại" is the repaint, not a re-issue: "đổi giấy đăng ký xe" is the exchange.
    [InlineData("xe oto nha minh vua son lai tu mau trang sang mau xam, co phai doi giay dang ky xe ko, lam online dc ko", "1.013079")]
    // A household asks: the organisation's forest plan (only organisations file it) is not theirs.
    [InlineData("nhà tôi được giao 5ha rừng sản xuất ở Ba Vì, muốn làm phương án quản lý rừng bền vững để xin chứng chỉ rừng FSC thì trình ở đâu", "3.000250")]
    // A household sells fish seed to another province: no import or export record.
    [InlineData("nhà mình ươm cá giống ở Thanh Oai, giờ bán 2 tấn cá giống chở đi Hải Dương thì xin kiểm dịch ở đâu", "2.000873")]
    // Opening a driving school is the first licence, not a re-issue whose case shares more of the words.
    [InlineData("công ty tôi muốn mở cơ sở đào tạo lái xe ô tô hạng B, xin giấy phép đào tạo lái xe mất bao lâu", "1.001777")]
    // The editors' synonym says the request is a change on the card; "khám, chữa bệnh" does not make it a hospital's contract.
    [InlineData("the bhyt cua em dang ky kham ban dau o benh vien huyen que, gio chuyen ve ha noi lam muon doi noi kham chua benh ban dau thi lam the nao", "1.002759")]
    // Leaving the near-poor list: every word the leaving record adds to the recognition's name is said.
    [InlineData("nhà em được công nhận hộ cận nghèo từ năm ngoái, nay 2 đứa con đi làm có thu nhập rồi, muốn xin ra khỏi danh sách cận nghèo thì làm giấy tờ gì", "1.011608")]
    // A land-use change asked with its purpose and a negated "xin phép" is the land change, not the café's registration.
    [InlineData("tôi muốn chuyển một phần đất ở sang đất thương mại dịch vụ để mở quán cafe, nghe nói ko phải xin phép chỉ cần đăng ký biến động, đúng k", "1.013992")]
    // Trees that died are no death to register.
    [InlineData("rừng keo nhà nước giao cho tôi trồng bị chết gần hết do sâu bệnh, muốn xin thanh lý rừng trồng thì nộp ở đâu", "1.012921")]
    [InlineData("nhà tôi ở sát đường tàu, cả xóm muốn mở một lối đi ngang qua đường sắt cho xe máy thì có phải xin giấy phép xây dựng đường ngang không, xin ở đâu", "1.005126")]
    // A Vietnamese auditor, not the foreign auditors' record of the same certificate.
    [InlineData("e là kiểm toán viên 6 năm kn, muốn xin chứng chỉ hành nghề quản tài viên thì cần giấy tờ gì", "2.001130")]
    // Sitting the exam, not re-marking it.
    [InlineData("em muốn làm đại lý bảo hiểm nhân thọ, thi chứng chỉ đại lý bảo hiểm đăng ký ở đâu, lệ phí thi bao nhiêu", "1.010387")]
    // A farm household needs the surface-water registration though the catalogue lists only organisations for it:
    // groundwater is another matter, not the same one for persons.
    [InlineData("trang trại nhà mình bơm nước sông Đáy lên tưới khoảng 5ha rau, có phải đăng ký khai thác nước mặt ko, đăng ký ở đâu", "2.002835")]
    // A company finalising its employees' tax files the employer's refund, not an employee's own.
    [InlineData("cty mình quyết toán thuế tncn thay cho nhân viên thì thấy nộp thừa gần 30 triệu, muốn đề nghị hoàn thuế thì làm thế nào", "1.008562")]
    // Withdrawing an application is stopping the procedure, not founding the business.
    [InlineData("hôm qua e nộp hồ sơ đăng ký hộ kinh doanh online rồi nhưng giờ đổi ý ko mở nữa, muốn rút hồ sơ thì làm sao", "1.014035")]
    // The case the citizen names ("nhập khẩu") decides between two records of one thing, whatever the other's aliases score.
    [InlineData("mới mua con Toyota nhập khẩu nguyên chiếc, đăng ký xe lần đầu online toàn trình được không", "1.013066")]
    // The editors' readings of a story name the record the ranking put lower: an amendment of a certified contract, a
    // flat bought in a developer's project.
    [InlineData("hợp đồng tặng cho đất giữa bố mẹ và tôi đã chứng thực ở UBND xã, giờ muốn bổ sung thêm một điều khoản thì chứng thực việc sửa đổi bổ sung mất bao nhiêu tiền", "2.000913")]
    [InlineData("mua căn chung cư ở dự án bên Long Biên từ 2023, giờ chủ đầu tư bảo tự đi làm sổ hồng, nộp hồ sơ ở đâu, mất bao lâu?", "1.012787")]
    // A change asked for is not the record that says "không thay đổi nội dung đăng ký".
    [InlineData("cong ty minh la cong ty nhan sap nhap, sau sap nhap thay doi von dieu le va thanh vien, dang ky thay doi noi dung dang ky doanh nghiep mat may ngay", "2.002060")]
    // Revocation told as done to the citizen is the story: the request is the re-issue after it.
    [InlineData("tôi bị thu hồi chứng chỉ hành nghề luật sư 3 năm trước do bị xóa tên khỏi đoàn, giờ muốn xin cấp lại thì có được không", "1.008624")]
    // Returning the permit ranks first for a short question too, and is still not what it asks.
    [InlineData("giay phep tham do nuoc duoi dat cong trinh quy mo duoi 5000 m3 mat bao lau", "1.004232")]
    // "mất mấy ngày" asks how long; it is no loss that would make the lost permit's re-issue the answer.
    [InlineData("cty mình dùng sà lan chở xăng dầu trên sông Hồng, xin giấy phép vận chuyển hàng nguy hiểm đường thủy mất mấy ngày", "2.002615")]
    // "đăng ký thay đổi" asks for the change of a registration, not the registration.
    [InlineData("công ty tôi thế chấp xe ô tô ở ngân hàng, giờ muốn đăng ký thay đổi biện pháp bảo đảm thì nộp ở đâu", "1.011436")]
    // "trợ giúp" opens "trợ giúp pháp lý" here; it is no plea for help that hides the topic.
    [InlineData("luật sư trung tâm trợ giúp pháp lý cử bảo vệ cho con tôi làm việc không nhiệt tình, muốn xin đổi người khác thì làm thế nào, mất bao lâu", "2.001687")]
    // "hạn nộp" after "gia" and "tiền" before "thuế" ask nothing: they stay words of what is asked for.
    [InlineData("xưởng may nhà mình bị ngập lụt hư hết máy móc, xin gia hạn nộp tiền thuế được không, nộp hồ sơ ở đâu", "1.008590")]
    public void WhoIsAskingAndWhatTheyAskToDoDecideBetweenSiblingsWellApartInTheRanking(string question, string expected)
    {
        var match = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(Question(question), CancellationToken.None);

        Assert.Equal(MatchKind.Unique, match.Kind);
        Assert.Equal(expected, match.Procedure!.Code);
    }

    [Theory]
    [InlineData("giay phep tham do nuoc duoi dat mat bao lau")]
    // Returning a permit is never what "xin giấy phép thăm dò" asks for; the works' scale, unsaid, is.
    [InlineData("Cty muốn khoan thăm dò nước ngầm ở Đan Phượng làm nguồn cho nhà máy, xin giấy phép thăm dò nước dưới đất mất bao lâu?")]
    public void NeitherAReturnNorARenewalNobodyAskedForIsAnOptionBesideTheFirstPermit(string question)
    {
        var match = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(Question(question), CancellationToken.None);

        Assert.NotEmpty(match.Candidates);
        Assert.All(match.Candidates, c => Assert.StartsWith("Cấp giấy phép thăm dò nước dưới đất", c.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void ANameWrittenOutRefinedByWhatTheCitizenAlsoSaysIsTheRefinedRecord()
    {
        // "gia hạn tạm trú" is written out, but "nhập cảnh bằng giấy miễn thị thực" says whose extension it is.
        var match = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(
            Question("Chồng tôi quốc tịch Úc, nhập cảnh bằng giấy miễn thị thực, giờ muốn gia hạn tạm trú ở Hà Nội thêm thì lệ phí bao nhiêu?"), CancellationToken.None);

        Assert.Equal(MatchKind.Unique, match.Kind);
        Assert.Contains("giấy miễn thị thực", match.Procedure!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void AReissueTheCitizenAsksForIsChosenOverTheFirstLicenceThatRanksAboveIt()
    {
        var match = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(
            Question("Công ty vận tải của tôi vừa đổi người đại diện pháp luật, giấy phép kinh doanh vận tải bằng xe ô tô có phải cấp lại không, mất bao lâu?"), CancellationToken.None);

        Assert.NotEmpty(match.Candidates);
        Assert.All(match.Candidates, c => Assert.StartsWith("Cấp lại Giấy phép kinh doanh vận tải", c.Name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("hoa giai tranh chap ranh gioi dat voi nha ben canh o xa khong thanh, gio muon de nghi chu tich xa giai quyet tranh chap thi nop don o dau")]
    [InlineData("Hòa giải tranh chấp đất với hàng xóm ở xã không thành, giờ muốn đề nghị chủ tịch xã giải quyết tranh chấp thì nộp đơn ở đâu")]
    public void AMediationThatFailedIsNotWhatTheCitizenAsksForNext(string question)
    {
        var match = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(Question(question), CancellationToken.None);

        Assert.NotEmpty(match.Candidates);
        Assert.Equal("1.013967", match.Candidates[0].Code);
        Assert.DoesNotContain(match.Candidates, c => c.Code == "1.012812");
    }

    [Fact]
    public void TheStoryToldBeforeWhatTheCitizenWantsOffersNoOtherProceduresBesideTheAnswer()
    {
        var match = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(
            Question("chồng cũ ko chịu cấp dưỡng nuôi con theo bản án ly hôn, muốn yêu cầu thi hành án thì làm ở đâu"), CancellationToken.None);

        Assert.Equal("1.003091", match.Procedure?.Code);
        Assert.DoesNotContain(match.Alternatives, p => p.Name.Contains("hộ tịch", StringComparison.Ordinal) || p.Name.Contains("nuôi con nuôi", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sổ đỏ nhà em vẫn ghi số CMND 9 số cũ, giờ có CCCD rồi thì có phải đăng ký biến động đổi thông tin ko, mất phí bn", "1.013833")]
    [InlineData("gia đình tôi tự nguyện hiến 20m2 đất để mở rộng ngõ xóm, làm thủ tục tặng cho đất thì nộp hồ sơ ở đâu", "1.013979")]
    [InlineData("sổ đỏ chỉ có đất, nay xây nhà 3 tầng xong rồi muốn đăng ký bổ sung nhà vào sổ thì cần những giấy tờ gì", "1.013995")]
    public void ACitizensWordsForASpecificLandCaseFindThatCaseNotTheGenericChange(string question, string expected)
    {
        var match = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(Question(question), CancellationToken.None);

        Assert.Equal(expected, match.Procedure?.Code);
    }

    [Fact]
    public void WhatTheSynonymsSayAPhraseMeansDecidesBetweenCloseCandidates()
    {
        var closing = new Procedure { Code = "1.001266", Name = "Chấm dứt hoạt động hộ kinh doanh", Levels = ["Cấp xã"] };
        var resolver = Resolver(new ReplayedSearch((closing, 300), (Business, 298)) { Synonyms = ["cham dut hoat dong"] });

        var match = resolver.Match(Question("hộ kinh doanh của em làm ăn không được, muốn đóng hẳn luôn thì cần giấy gì"), CancellationToken.None);

        Assert.Equal("1.001266", match.Procedure?.Code);
    }

    [Fact]
    public void WhatFollowsThenDecidesWhenTheStoryNamesAnotherProcedure()
    {
        var maternity = new Procedure { Code = "2.000693", Name = "Giải quyết hưởng chế độ thai sản", Levels = ["Cấp tỉnh"] };
        var voluntary = new Procedure { Code = "1.002179", Name = "Đăng ký, đăng ký lại, điều chỉnh đóng BHXH tự nguyện; cấp sổ BHXH", Levels = ["Cấp tỉnh"] };
        var resolver = Resolver(new ReplayedSearch((maternity, 300), (voluntary, 297)));

        var match = resolver.Match(Question("tôi đóng bhxh tự nguyện, vừa sinh con xong thì nộp hồ sơ hưởng thai sản ở đâu"), CancellationToken.None);

        Assert.Equal("2.000693", match.Procedure?.Code);
    }

    [Fact]
    public void HitTheSynonymsNameWholeIsConfirmedWhenTheCitizensWordsNameNothing()
    {
        var again = new Procedure { Code = "1.000419", Name = "Đăng ký lại khai tử", Levels = ["Cấp xã"] };
        var search = new ReplayedSearch((DeathRegistration, 180), (again, 170), (Inheritance, 120)) { Synonyms = ["dang ky khai tu"] };

        var match = Resolver(search).Match(Question("Bố tôi vừa mất hôm qua, nhà đang lo hậu sự. Gia đình cần làm giấy tờ gì cho ông?"), CancellationToken.None);

        Assert.Equal("1.000656", match.Procedure?.Code);
    }

    [Fact]
    public void ResidentWhoSaysNothingOfBeingAbroadGetsTheProcedureFiledInVietnam()
    {
        var abroad = new Procedure { Code = "2.002797", Name = "Nhập quốc tịch Việt Nam ở nước ngoài", Levels = ["Cấp bộ"] };
        var home = new Procedure { Code = "2.002798", Name = "Nhập quốc tịch Việt Nam ở trong nước", Levels = ["Cấp tỉnh"] };
        var resolver = Resolver(new ReplayedSearch((abroad, 300), (home, 296)) { Synonyms = ["nguoi nuoc ngoai"] });

        var resident = resolver.Match(Question("chong toi nguoi Phap, song o Ha Noi 6 nam roi, muon nhap quoc tich Viet Nam thi nop ho so o dau"), CancellationToken.None);
        var expatriate = resolver.Match(Question("toi dang song o nuoc ngoai, muon nhap quoc tich Viet Nam thi nop o dau"), CancellationToken.None);

        Assert.Equal("2.002798", resident.Procedure?.Code);
        Assert.NotEqual("2.002798", expatriate.Procedure?.Code);
    }

    [Fact]
    public void RequestThatHoldsALowerHitsAliasIsAnsweredWithItNotWithTheStory()
    {
        var partition = new Procedure { Code = "2.001406", Name = "Chứng thực văn bản phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở", Levels = ["Cấp xã"], Aliases = ["phân chia di sản"] };
        var transfer = new Procedure { Code = "1.013831", Name = "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", Levels = ["Cấp tỉnh"], Aliases = ["sang tên sổ đỏ"] };
        var resolver = Resolver(new ReplayedSearch((partition, 560), (transfer, 350)));

        var match = resolver.Match(Question("Mẹ tôi mất, anh em đã làm văn bản thỏa thuận phân chia di sản xong, giờ đăng ký sang tên sổ đỏ cho tôi thì cần giấy tờ gì?"), CancellationToken.None);

        Assert.Equal("1.013831", match.Procedure?.Code);
    }

    [Fact]
    public void AliasThatIsPartOfTheFirstHitsNameDoesNotTakeTheAnswerFromIt()
    {
        var foreign = new Procedure { Code = "1.000788", Name = "Đăng ký kết hôn có yếu tố nước ngoài", Levels = ["Cấp xã"] };
        var plain = new Procedure { Code = "1.000894", Name = "Đăng ký kết hôn", Levels = ["Cấp xã"], Aliases = ["đăng ký kết hôn"] };
        var resolver = Resolver(new ReplayedSearch((foreign, 400), (plain, 380)) { Synonyms = ["yeu to nuoc ngoai"] });

        var match = resolver.Match(Question("bạn trai mình người Hàn Quốc, tụi mình muốn đăng ký kết hôn ở Hà Nội thì nộp hồ sơ ở đâu"), CancellationToken.None);

        Assert.Equal("1.000788", match.Procedure?.Code);
    }

    private static ProcedureMatcher Resolver(IProcedureSearch search) => new(search);

    [Theory]
    [InlineData("còn khai tử thì sao")]
    [InlineData("con khai tu thi sao")]
    public void ADeathRegistrationIsNotCoveredByTheBirthRegistrationUnderDiscussion(string message)
    {
        // "tử" is not the link word "từ", and typed without accents the pair "khai tu" is the other name's.
        var birth = new Procedure { Code = "1.001193", Name = "Thủ tục đăng ký khai sinh" };
        var death = new Procedure { Code = "1.000656", Name = "Thủ tục đăng ký khai tử" };

        Assert.False(ProcedureMatcher.Covers(birth, Question(message), death));
        Assert.True(ProcedureMatcher.Covers(birth, Question("khai sinh cho con"), birth));
    }

    [Theory]
    [InlineData("1.014063", "còn nếu bị mất thì sao", "1.014064")]
    [InlineData("3.000347", "còn cấp lại khi bị mất thì sao", "3.000348")]
    [InlineData("3.000348", "còn đổi bằng thì sao", "3.000347")]
    [InlineData("1.014062", "nếu bị mất thì làm lại mất bao nhiêu tiền", "1.014064")]
    [InlineData("3.000347", "nếu bị mất thì sao", "3.000348")]
    [InlineData("1.013978", "nếu bị mất thì sao", "1.012786")]
    [InlineData("2.001583", "nếu 2 thành viên thì sao", "2.001199")]
    [InlineData("3.000347", "nếu bằng quân đội thì sao", "3.000349")]
    [InlineData("1.001193", "nếu bố mẹ chưa đăng ký kết hôn thì sao", "1.000689")]
    [InlineData("1.001193", "nếu sinh con ở nước ngoài thì sao", "2.000528")]
    public void AMessageNamingASiblingOnlyWithTheThingUnderDiscussionIsThatSibling(string current, string message, string expected)
    {
        var search = BotFixtures.RepositorySearch;
        var understanding = new MessageInterpreter().Interpret(message);

        var variant = new ProcedureMatcher(search).VariantOf(search.GetByCode(current)!, understanding.ToCaseRequest(), default);

        Assert.Equal(expected, variant?.Code);
    }

    [Theory]
    [InlineData("3.000347", "mat may ngay thi co bang moi")]
    [InlineData("3.000347", "hạng B2 thì sao")]
    [InlineData("1.001939", "mat bao lau")]
    [InlineData("1.000894", "đăng ký khai sinh cho con mất bao lâu")]
    public void AFactQuestionADetailOrANewTopicIsNoSibling(string current, string message)
    {
        var search = BotFixtures.RepositorySearch;
        var understanding = new MessageInterpreter().Interpret(message);

        Assert.Null(new ProcedureMatcher(search).VariantOf(search.GetByCode(current)!, understanding.ToCaseRequest(), default));
    }

    [Fact]
    public void AnOfficesDecisionIsNoReasonToOfferAnotherProcedureBesideTheAnswer()
    {
        // "UBND phường ra quyết định công nhận": "quyết định" is in a fertiliser testing body's name, which the citizen
        // could not use as a button.
        var match = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(Question("tổ dân phố vừa bầu tôi làm tổ trưởng tổ hòa giải, UBND phường ra quyết định công nhận thì mất mấy ngày?"), default);

        Assert.Equal("2.000950", match.Candidates[0].Code);
        Assert.DoesNotContain(match.Alternatives, p => p.Code == "1.007926");
    }

    [Fact]
    public void CertifyingACopyOfAResidenceBookIsACertificationNotAResidenceRegistration()
    {
        // "chứng thực" is two weak words that together name a procedure; "sổ hộ khẩu" is only the paper certified.
        var match = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(Question("chứng thực bản sao sổ hộ khẩu hết bao nhiêu"), default);

        Assert.Equal("2.000815", match.Candidates[0].Code);
    }

    [Theory]
    // The story names a marriage ("lấy vợ"), the request a household split.
    [InlineData("Con trai lấy vợ rồi muốn ra sổ riêng, tách khỏi hộ bố mẹ thì bao nhiêu ngày?", "1.010038")]
    // The story refines the request: a Korean boyfriend makes the marriage one with a foreign element.
    [InlineData("Chào bạn, mình là người Việt, bạn trai mình người Hàn Quốc đang làm việc ở Hà Nội. Tụi mình muốn đăng ký kết hôn ở Hà Nội thì nộp hồ sơ ở đâu?", "2.000806")]
    [InlineData("nếu chồng sắp cưới là người nước ngoài thì đăng ký kết hôn ở đâu", "2.000806")]
    [InlineData("xin phép dựng rạp đám cưới trên vỉa hè ở đâu", "1.013274")]
    // A husband in the story, a renunciation in the request; the new nationality is its purpose, and the record for
    // those living in the country is the one a Hanoi resident uses.
    // The wife's marriage is the story; the permanent residence card for foreigners is asked.
    [InlineData("vợ tôi người Hàn Quốc, kết hôn với tôi 5 năm, đang có thẻ tạm trú, giờ muốn xin thẻ thường trú ở VN thì nộp ở đâu", "1.001010")]
    [InlineData("con gái tôi lấy chồng Đức, muốn thôi quốc tịch VN để nhập quốc tịch Đức, hiện đang ở Hà Nội thì nộp hồ sơ ở đâu", "2.002036")]
    public void WhatTheRequestNamesDecidesOverWhatTheStoryMentions(string question, string expected)
    {
        var match = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(Question(question), default);

        Assert.Equal(MatchKind.Unique, match.Kind);
        Assert.Equal(expected, match.Candidates[0].Code);
    }

    [Theory]
    // "1 năm" is how long, not the "một" of "công ty TNHH một thành viên"; "công ty TNHH" says whose pause it is.
    [InlineData("cong ty tnhh cua em muon tam ngung kinh doanh 1 nam thi mat bao lau", "2.002029")]
    [InlineData("Công ty TNHH của em muốn tạm ngừng kinh doanh 1 năm, phải thông báo trước bao nhiêu ngày?", "2.002029")]
    [InlineData("hkd cua em muon tam ngung kinh doanh 3 thang thi lam gi", "1.001570")]
    public void TheKindOfBusinessNamedChoosesWhoseProcedureItIs(string question, string expected)
    {
        var match = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(Question(question), default);

        Assert.Equal(MatchKind.Unique, match.Kind);
        Assert.Equal(expected, match.Candidates[0].Code);
    }

    [Theory]
    [InlineData("chứng thực")]
    [InlineData("chung thuc")]
    public void AKindOfProcedureSaidAloneAsksWhichOneOfItsMostAskedMembers(string question)
    {
        var match = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(Question(question), default);

        Assert.Equal(MatchKind.Ambiguous, match.Kind);
        Assert.All(match.Candidates, c => Assert.StartsWith("Chứng thực", c.Name, StringComparison.Ordinal));
        Assert.Contains(match.Candidates, c => c.Code == "2.000815");
    }

    [Theory]
    [InlineData("xyz qwe")]
    [InlineData("asdf ghjk")]
    public void WordsThatStartNoNamesAreStillAMiss(string question) =>
        Assert.Equal(MatchKind.NoMatch, new ProcedureMatcher(BotFixtures.RepositorySearch).Match(Question(question), default).Kind);

    [Theory]
    [InlineData("đăng ký thành lập công ty tnhh 1 thành viên cần gì", "2.001583")]
    [InlineData("mở công ty tnhh 2 thành viên cần giấy tờ gì", "2.001199")]
    public void TheNumberOfMembersChoosesTheCompany(string question, string expected)
    {
        var match = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(Question(question), default);

        Assert.Equal(expected, match.Candidates[0].Code);
    }

    [Fact]
    public void TwoSiblingsAFollowUpNamesAlikeAreBothOffered()
    {
        var residence = new Procedure { Code = "1.004194", Name = "Đăng ký tạm trú", Aliases = ["khai báo tạm trú"] };
        var byForm = new Procedure { Code = "1.000253", Name = "Khai báo tạm trú cho người nước ngoài bằng Phiếu khai báo tạm trú", Aliases = ["khai báo tạm trú cho người nước ngoài"] };
        var online = new Procedure { Code = "1.001437", Name = "Khai báo tạm trú cho người nước ngoài qua Trang thông tin điện tử", Aliases = ["khai báo tạm trú cho người nước ngoài"] };
        var matcher = new ProcedureMatcher(new ReplayedSearch((residence, 300), (byForm, 290), (online, 280)));
        var understanding = new MessageInterpreter().Interpret("nếu người thuê là người nước ngoài thì sao");

        var variants = matcher.VariantsOf(residence, understanding.ToCaseRequest(), default);

        Assert.Equal(["1.000253", "1.001437"], variants.Select(v => v.Code));
        Assert.Null(matcher.VariantOf(residence, understanding.ToCaseRequest(), default));
    }

    [Theory]
    [InlineData("con toi 9 tuoi lam the can cuoc co mat tien khong")]
    [InlineData("làm căn cước lần đầu cho con 9 tuổi có mất tiền không")]
    [InlineData("lam cccd cho con duoi 14 tuoi co bat buoc khong")]
    [InlineData("bé nhà tôi chưa đủ 14 tuổi thì làm căn cước ở đâu")]
    public void AChildsAgeLeadsToTheCardForThatAgeEvenWhenTheRankingKeptOnlyTheAdultsCard(string message)
    {
        var match = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(Question(message), default);

        Assert.Equal(MatchKind.Unique, match.Kind);
        Assert.Equal("Cấp thẻ căn cước cho người dưới 14 tuổi", match.Candidates[0].Name);
    }

    [Theory]
    [InlineData("cua hang toi bi chay het, khong kip nop thue dung han, xin cho nop cham hon thi bao lau co ket qua", "1.008590")]
    [InlineData("gia hạn nộp thuế hàng nhập khẩu ở hải quan", "1.013490")]
    public void OfTwoRecordsWithOneNameTheOneWhoseFieldTheQuestionNamesIsTheAnswer(string message, string expected)
    {
        var match = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(Question(message), default);

        Assert.Equal(MatchKind.Unique, match.Kind);
        Assert.Equal(expected, match.Candidates[0].Code);
    }

    [Theory]
    // "bị hỏng" says what happened to the certificate, not which certificate it is; a commune's zone is not the one
    // "cấp tỉnh và … phục vụ xuất khẩu", so the record for all other zones answers.
    [InlineData("xã mình đã được công nhận vùng an toàn dịch bệnh động vật nhưng giấy chứng nhận bị hỏng do ngập lụt, xin cấp lại ở đâu", "1.011479")]
    // "cho cả nhóm" (for the whole group) typed with diacritics is not the synonym "chở cá" (carrying fish).
    [InlineData("mấy hộ trong thôn góp đất trồng chung 10ha bạch đàn ở Ba Vì, muốn xin mã số rừng trồng cho cả nhóm thì có mất phí không?", "1.014605")]
    // "loại 3" is the class in one name; the "1" of "rách mất 1 góc" is no "loại 1, loại 2".
    [InlineData("mình làm ở trung tâm sát hạch lái xe loại 3 ở ngoại thành, giấy phép sát hạch bị rách mất 1 góc, xin cấp lại mất bao lâu", "3.000362")]
    // "muốn mở doanh nghiệp đấu giá" registers it; "Cấp lại Giấy đăng ký hoạt động" re-issues the paper, unasked.
    [InlineData("Em có chứng chỉ hành nghề đấu giá rồi, giờ muốn mở doanh nghiệp đấu giá tài sản ở Hà Nội thì đăng ký hoạt động ở Sở Tư pháp mất mấy ngày ạ?", "2.001395")]
    // "HTX" is "hợp tác xã" when the names decide which record the question confirms.
    [InlineData("HTX rau sạch của chúng tôi vẫn dùng giấy chứng nhận đăng ký HTX mẫu cũ, muốn cấp đổi sang mẫu mới thì có mất phí không, nộp ở đâu?", "1.004901")]
    // The general feed mill's name excepts export mills "trên địa bàn": a mill that says nothing of export is the general one.
    [InlineData("Tôi mở cơ sở trộn cám cho gà vịt ở Mê Linh, xin giấy chứng nhận đủ điều kiện sản xuất thức ăn chăn nuôi thì lệ phí bao nhiêu?", "1.008126")]
    // One procedure at the commune and at the city ("… thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã"): where a household files.
    [InlineData("nhà tôi được giao rừng ở Ba Vì, muốn khai thác gỗ keo theo phương án khai thác thì trình ai phê duyệt, mấy ngày?", "1.011471")]
    // The leader of a mediation team is recognised by its own procedure, not as a mediator.
    [InlineData("tổ dân phố vừa bầu tôi làm tổ trưởng tổ hòa giải, UBND phường ra quyết định công nhận thì mất mấy ngày?", "2.000950")]
    // Taking over someone's lease of an old state-owned flat is the old public housing's transfer of the lease, not student housing.
    [InlineData("tôi mua lại quyền thuê căn hộ tập thể cũ thuộc sở hữu nhà nước của người khác bằng giấy tay, giờ muốn ký hợp đồng thuê mới đứng tên mình thì làm thủ tục gì", "1.012897")]
    // The opening of a long name written out ("xác định lại diện tích đất ở") names it, though the search ranks the exchange of the certificate higher.
    [InlineData("so do nha toi cap nam 1998, thua dat 400m2 ma chi ghi 100m2 dat o con lai la dat vuon, nghe noi dc xac dinh lai dien tich dat o, nop ho so o dau", "1.012817")]
    // A household business's new bank account is the notice of account numbers, not a tax return or a branch.
    [InlineData("hkd của e vừa mở thêm tài khoản ngân hàng để khách chuyển khoản, có phải báo số tài khoản cho cơ quan thuế ko ạ", "1.009825")]
    // The court's notices by email are the registration for procedural documents by electronic means.
    [InlineData("tôi đang có vụ kiện ở tòa án khu vực, muốn nhận thông báo giấy triệu tập của tòa qua email thay vì giấy thì đăng ký thế nào, có mất phí không", "3.000164")]
    // Pigs culled for disease are the farm's support, not a re-issue whose name lists papers "bị tiêu hủy".
    [InlineData("cho mình hỏi thủ tục xin hỗ trợ khi đàn lợn nhà mình bị dịch tai xanh phải tiêu hủy", "1.013997")]
    // A wrecked car's prepaid road fee is refunded; a certificate "hư hỏng không thể sử dụng được" is another paper's re-issue.
    [InlineData("ô tô nhà tôi bị tai nạn hư hỏng nặng không dùng được nữa, phí đường bộ đóng trước 1 năm có xin trả lại được không", "3.000251")]
    // A blank field of a birth certificate is supplemented, not registered again.
    [InlineData("giấy khai sinh của tôi bỏ trống mục quê quán, giờ muốn bổ sung quê quán thì làm ở đâu, mất mấy ngày", "1.004859")]
    // Selling one's apartment is the real-estate transfer's income tax, not a salary earner's finalisation.
    [InlineData("bán căn chung cư duy nhất ở Long Biên thì có được miễn thuế TNCN không, nộp tờ khai ở đâu", "1.007674")]
    // A company's electronic identity account is the organisations' record, not a citizen's level-2 account.
    [InlineData("cty mình cần tài khoản định danh điện tử cho tổ chức để làm dịch vụ công online, đăng ký ở đâu, có mất phí ko", "3.000498")]
    // A motor boat's registration is a waterway vehicle's, not a cooperative's or a household business's certificate.
    [InlineData("giấy chứng nhận đăng ký chiếc thuyền máy nhà mình bị ngấm nước mục nát hết chữ, xin cấp lại thì làm ở đâu, mất mấy ngày", "1.003930")]
    // Correcting a filed declaration is the supplementary declaration, not a household business's regular filing.
    [InlineData("hkd nhà em quý 2 khai thiếu doanh thu, giờ muốn khai bổ sung tờ khai thuế thì nộp ở đâu, có mất phí gì không", "1.008327")]
    // Shares given are not real estate.
    [InlineData("Bà ngoại tặng tôi số cổ phần trị giá 500 triệu, tôi có phải nộp thuế thu nhập cá nhân không, nộp ở đâu", "1.008538")]
    // A poor household's exemption from the land tax is the general record, not the one for disasters, which the
    // citizen never mentions.
    [InlineData("nhà em là hộ nghèo ở Ứng Hòa, có được miễn thuế sử dụng đất phi nông nghiệp cho đất ở ko, làm hồ sơ miễn ở đâu", "1.007695")]
    // The paper the citizen names ("giấy chứng nhận sử dụng") is not the permit of the same use ("Giấy phép sử dụng").
    [InlineData("cty bảo vệ của mình bị cháy văn phòng, mất giấy chứng nhận sử dụng công cụ hỗ trợ của 5 nhân viên, xin cấp lại ở đâu", "1.013444")]
    // "người Hàn" is a foreigner as much as "người Hàn Quốc".
    [InlineData("em với bạn trai người Hàn muốn đăng ký kết hôn ở Hà Nội, cần chuẩn bị giấy tờ gì ạ", "2.000806")]
    // A classifier ("chiếc xe") does not keep the editors' "xóa đăng ký thế chấp xe" from reading the question.
    [InlineData("tôi trả hết nợ vay mua ô tô rồi, ngân hàng bảo đi xóa đăng ký thế chấp chiếc xe, làm online được không, mấy ngày xong", "1.011437")]
    [InlineData("mình muốn tích hợp thêm thông tin thẻ bhyt với bằng lái vào thẻ căn cước cho tiện, ra công an phường làm có mất phí không", "1.014060")]
    [InlineData("tôi cho cháu ở nhờ căn nhà ở Thanh Xuân, muốn làm hợp đồng cho ở nhờ có chứng thực ở phường thì phí bao nhiêu", "2.001035")]
    // Born in Japan: the synonyms read the foreign element in the story, though the request says only "khai sinh", and
    // the typed "năm ngoái" folds like the "ngoài" it implies.
    [InlineData("con em sinh ở Nhật năm ngoái, bên đó chưa làm giấy khai sinh, giờ cả nhà về Hà Nội ở hẳn rồi thì làm khai sinh cho cháu ở đâu ạ", "2.000528")]
    // "đổi thẻ" is the card's exchange, not the first card for the age the child has reached.
    [InlineData("con toi 14 tuoi roi, the can cuoc lam tu nam 8 tuoi thi co phai di doi the moi ko", "1.014063")]
    [InlineData("em làm công ty, vừa nghỉ ốm 2 tháng do mổ ruột thừa xong đi làm lại, hồ sơ hưởng tiền dưỡng sức thì ai nộp, nộp ở đâu", "1.001598")]
    [InlineData("nha toi mua them manh dat lien ke, gio muon gop 2 so do thanh 1 so thi lam o dau", "1.012784")]
    [InlineData("sổ đỏ 3 sào ruộng nhà tôi ở Chương Mỹ ghi thời hạn sử dụng đến 2023, hết hạn rồi giờ muốn tiếp tục cấy thì phải làm thủ tục gì, ở đâu", "1.013947")]
    // A parent's or guardian's foreign nationality ("quốc tịch Pháp") is the foreign element.
    [InlineData("Vợ tôi người Việt, tôi quốc tịch Pháp, con chúng tôi vừa sinh ở bệnh viện Việt Pháp Hà Nội. Đăng ký khai sinh cho cháu ở cơ quan nào và mất bao lâu?", "2.000528")]
    [InlineData("bố mẹ em mất, em trai 10 tuổi, em đã nhập quốc tịch Úc, giờ muốn làm người giám hộ cho em trai đang ở Hà Nội thì đăng ký ở đâu, mất bao lâu", "1.001669")]
    // Selling online is a household business's tax, not a landlord's.
    [InlineData("mình bán quần áo online qua facebook, ko có cửa hàng, doanh thu tầm 300tr/năm thì có phải khai thuế không, khai ở đâu", "1.011022")]
    // What the court told the citizen to pay for is asked, not the divorce of the story.
    [InlineData("tôi đang kiện chia tài sản sau ly hôn, tòa bảo phải nộp tạm ứng chi phí định giá căn nhà, thủ tục thế nào", "2.002799")]
    // A whole name written in the request, however many words the story has of other records.
    [InlineData("em làm nghiên cứu ở viện, muốn thu mẫu một loài cây thuốc quý ở Vườn quốc gia Ba Vì để phân tích gen, xin giấy phép tiếp cận nguồn gen ở đâu", "1.004150")]
    // Certifying the sale at the ward is the certification of a transaction, not the registration of the new owner.
    [InlineData("mình mua lại xe máy cũ của hàng xóm, ra ubnd phường chứng thực hợp đồng mua bán xe thì lệ phí bao nhiêu", "2.001035")]
    // "bổ sung" is the update's pair, though either word alone folds like others ("bố", "súng").
    [InlineData("hộ kinh doanh tạp hóa nhà mình muốn bổ sung số điện thoại với email vào hồ sơ đăng ký hkd, có mất phí k", "1.014034")]
    // "liệt sĩ" as citizens spell it finds the record that spells it "liệt sỹ".
    [InlineData("em trai tôi là chiến sĩ công an phường, hy sinh khi truy bắt cướp tháng trước, gia đình làm hồ sơ đề nghị công nhận liệt sĩ nộp ở đâu", "1.004163")]
    // The story tells the refined record's case in its editors' words; the request's plain "làm khai sinh" is that case.
    [InlineData("ong toi nam nay 75 tuoi chua bao gio co giay khai sinh, gio muon lam khai sinh cho ong thi can giay to gi", "1.004772")]
    // The story's sentence tells where the deceased lived; the last sentence asks for the death registration.
    [InlineData("me em mat o benh vien Bach Mai hom qua, ho khau thuong tru o Hoang Mai. dk khai tu o dau, co mat phi ko", "1.000656")]
    // An abbreviation of the name's term ("LLTP") outweighs a story's words and another unknown one ("XKLĐ").
    [InlineData("em sap di XKLĐ Nhat, cong ty moi gioi bat xin LLTP so 2, xin o dau a", "3.000333")]
    // "cavet" as one word is the registration certificate, not the vehicle quality certificate "bị mất".
    [InlineData("em bi mat cavet xe may trong luc chuyen nha, xin cap lai o dau", "1.013082")]
    // A first card for a 10-year-old: the re-issue ("Cấp lại thẻ căn cước") is not asked without a loss or "lại".
    [InlineData("con trai em 10 tuoi, thang sau ca nha bay vao Phu Quoc choi, nghe noi tre con cung lam dc the can cuoc. lam cho chau o dau a, co phai ve que o Nam Dinh ko", "1.014062")]
    // A bought home: the request names the residence registration whole; "vào" and "nhà" do not make it the
    // confirmation for rented or borrowed homes.
    [InlineData("vo chong em moi mua nha o Ha Dong, muon dang ky thuong tru vao nha moi", "1.004222")]
    // "làm thai sản" names the maternity benefit; "sinh con" is its story, not a birth registration.
    [InlineData("em vua sinh con, lam thai san can giay to gi", "2.000693")]
    // Editors' phrases from role-play round 43: a licence into the ID card, a father's name on the birth
    // certificate, correcting a birth certificate, handing back a shop's registration.
    [InlineData("em hay quen mang bang lai xe khi di lam, nghe noi tich hop GPLX vao can cuoc dc. lam tren VNeID dc ko hay phai ra cong an phuong", "1.014060")]
    [InlineData("em voi bo cua be chua dk ket hon, be dc 1 thang roi. gio di lam khai sinh ma muon ghi ten bo vao luon thi can nhung giay to gi a", "1.000689")]
    [InlineData("giay khai sinh cua em ghi nam sinh 1995 nhung hoc ba voi bang dai hoc deu ghi 1996, muon sua lai giay khai sinh thi lam o dau, le phi bn", "1.004859")]
    [InlineData("tiem nail cua em o Hoang Mai dong cua roi vi em lay chong xa, muon tra lai giay dk ho kinh doanh thi lam o dau", "1.001266")]
    // Selling food from home is a household business; pausing the sale for a few months is its pause, not the
    // building permit of the story's repairs.
    [InlineData("em ban banh cuon tai nha o Ha Dong, dk thi mat may ngay", "1.001612")]
    [InlineData("quan tra sua cua em o Cau Giay muon nghi ban 3 thang de sua nha, co phai bao cho ai ko", "1.001570")]
    // "người Úc" is a foreigner by the editors' synonyms, though none of the citizen's words confirms the
    // foreign-element record itself.
    [InlineData("chong em nguoi Uc, mat o benh vien Viet Phap tuan truoc. em dang ky khai tu cho anh ay o dau a", "1.001766")]
    // "ghi chú kết hôn" is what citizens call recording a marriage registered abroad.
    [InlineData("2 vo chong em deu nguoi VN, dk ket hon ben Duc nam 2020, gio ve HN song han roi. muon ghi chu ket hon vao so ho tich o VN thi le phi bn", "2.002189")]
    public void TheRecordForTheCitizensCaseAnswersWhenNothingTheySaidPointsElsewhere(string question, string expected)
    {
        var match = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(Question(question), default);

        Assert.Equal(MatchKind.Unique, match.Kind);
        Assert.Equal(expected, match.Candidates[0].Code);
    }

    [Theory]
    [InlineData("toi bi mat viec, muon huong tro cap that nghiep thi lam the nao", "1.001601")]
    [InlineData("em bị cty cho nghỉ việc tháng trước, muốn làm hồ sơ hưởng trợ cấp thất nghiệp thì nộp ở đâu", "1.001601")]
    public void ARecordOfAnActOnTheBenefitAskedIsOnlyAGuessWhenTheQuestionNeverSaysTheAct(string question, string guessed)
    {
        // The catalogue has no record for claiming unemployment benefit, only for authorising someone to collect it.
        var match = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(Question(question), default);

        Assert.Equal(MatchKind.Probable, match.Kind);
        Assert.Equal([guessed], match.Candidates.Select(p => p.Code));
    }

    [Theory]
    [InlineData("nhờ người nhà lĩnh thay trợ cấp thất nghiệp thì cần giấy tờ gì")]
    [InlineData("ủy quyền cho vợ nhận trợ cấp thất nghiệp làm thế nào")]
    public void ARecordOfAnActOnTheBenefitAnswersWhenTheQuestionSaysTheAct(string question)
    {
        var match = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(Question(question), default);

        Assert.Equal(MatchKind.Unique, match.Kind);
        Assert.Equal("1.001601", match.Candidates[0].Code);
    }

    [Fact]
    public void ACaseInTheSecondPartOfANameDoesNotRuleOutItsFirstPart()
    {
        // 1.005277 is "Đăng ký thay đổi nội dung đăng ký hợp tác xã, …; Đăng ký thay đổi nội dung đối với trường hợp hợp
        // tác xã … bị tách, nhận sáp nhập": any change of a cooperative first, whatever its second part's case.
        var match = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(Question("htx bầu giám đốc mới thì đăng ký thay đổi ở đâu"), default);

        Assert.Contains(match.Candidates, c => c.Code == "1.005277");
    }

    [Theory]
    [InlineData("Tôi bị công an phường ra quyết định xử phạt vì cho rằng tôi lấn chiếm vỉa hè, tôi thấy không đúng, muốn khiếu nại lần đầu thì nộp đơn ở đâu?", "1.004335")]
    [InlineData("nhà tôi được giao đất rừng phòng hộ ở xã Ba Vì, muốn được giao luôn rừng trên đất đó, nộp hồ sơ ở UBND xã được ko", "1.014832")]
    [InlineData("xưởng sản xuất bao bì đã có giấy phép môi trường của thành phố, nay lắp thêm 1 dây chuyền tăng công suất thì xin điều chỉnh giấy phép môi trường mất bao lâu", "1.010729")]
    [InlineData("chồng tôi quốc tịch Úc vào bằng giấy miễn thị thực, gia hạn tạm trú ở phòng xuất nhập cảnh thì lệ phí bao nhiêu", "1.002411")]
    public void TheOfficeTheCitizenNamesDecidesBetweenOneProceduresLevels(string question, string expected)
    {
        var match = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(Question(question), default);

        Assert.Equal(MatchKind.Unique, match.Kind);
        Assert.Equal(expected, match.Candidates[0].Code);
    }

    [Fact]
    public void ACertificateTheQuestionQualifiesIsNotARecordNamingTheCertificateWithoutIt()
    {
        // "Cấp lại Giấy chứng nhận do bị mất" is the land certificate; no record re-issues a war invalid's one.
        var invalid = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(Question("Bác tôi là thương binh, giấy chứng nhận thương binh bị mối xông rách hết, xin cấp lại thế nào?"), default);
        var land = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(Question("giấy chứng nhận quyền sử dụng đất bị mất thì làm lại thế nào"), default);

        Assert.DoesNotContain(invalid.Candidates, c => c.Code == "1.012786");
        Assert.Equal("1.012786", land.Procedure?.Code);
    }

    [Fact]
    public void AWorksGradeWrittenAsADigitIsTheGradeTheNamesWriteInRomanNumerals()
    {
        // "cấp 3" is "cấp III": the permit for grade III and IV works, not a question between it and grades I and II.
        var match = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(Question("xin giấy phép di dời nhà xưởng cấp 3"), default);

        Assert.Equal(MatchKind.Unique, match.Kind);
        Assert.Contains("cấp III, cấp IV", match.Candidates[0].Name, StringComparison.Ordinal);
    }

    private static MatchRequest Question(string text) => new MessageInterpreter().Interpret(text).ToMatchRequest();

    private sealed class ReplayedSearch(params (Procedure Procedure, float Score)[] hits) : IProcedureSearch
    {
        public bool IsLoaded => true;

        public IndexInfo? Info => null;

        public IReadOnlyList<SearchHit> Search(SearchRequest request, CancellationToken cancellationToken = default) =>
            hits.Take(request.MaxResults).Select(h => new SearchHit(h.Procedure, h.Score, null, "")).ToList();

        public Procedure? GetByCode(string code) => hits.Select(h => h.Procedure).FirstOrDefault(p => p.Code == code);

        /// <summary>What the index's synonyms would add to the question, folded.</summary>
        public IReadOnlyList<string> Synonyms { get; init; } = [];

        public IReadOnlyList<string> SynonymsOf(string text, int minSyllables) => Synonyms;
    }

    [Theory]
    [InlineData("Hộ chiếu của tôi đã báo mất rồi nhưng giờ lại tìm thấy, trong đó còn visa Mỹ, có dùng lại được không?")]
    [InlineData("ho chieu da bao mat roi nhung gio tim thay, dung lai duoc khong")]
    public void APassportReportedLostAndFoundAgainIsItsRestorationNotAnotherLossReport(string message)
    {
        // "đã báo mất rồi" is a step done: the report is what the citizen did, not what they ask for.
        var match = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(Question(message), default);

        Assert.Equal(MatchKind.Unique, match.Kind);
        Assert.StartsWith("Khôi phục giá trị sử dụng hộ chiếu", match.Candidates[0].Name, StringComparison.Ordinal);
    }

    [Theory]
    // "lái xe" is no "cấp lại": the first certificate, not its re-issue.
    [InlineData("muốn xin giấy chứng nhận giáo viên dạy thực hành lái xe thì nộp hồ sơ cho cơ quan nào", "1.001765")]
    // The name written out with the citizen's "là" inside is that record, though a tax-treaty record shares more words.
    [InlineData("tôi cần giấy xác nhận là đối tượng cư trú của Việt Nam để áp dụng hiệp định tránh đánh thuế 2 lần với Hàn Quốc, mất bao lâu", "1.008544")]
    // A name written after "đã" is what the company has; the extension is asked.
    [InlineData("Công ty tôi đã được chỉ định là cơ sở kiểm nghiệm thực phẩm phục vụ quản lý nhà nước. Nay Quyết định chỉ định đã hết hiệu lực, vậy tôi muốn đăng ký gia hạn chỉ định thì hồ sơ đăng ký bao gồm những gì?", "1.003058")]
    public void TheProcedureTheCitizenNamesIsAnsweredAsNamed(string question, string expected)
    {
        var match = new ProcedureMatcher(BotFixtures.RepositorySearch).Match(Question(question), default);

        Assert.Equal(MatchKind.Unique, match.Kind);
        Assert.Equal(expected, match.Candidates[0].Code);
    }
}
