using KnowledgeBase.Search;

namespace Bot.Tests.KnowledgeBase.Search;

/// <summary>
/// The order between names where one narrows the other: hits come in ranked by score (the first outscores the
/// second), and the citizen's words decide which one they named.
/// </summary>
public sealed class NameRefinementsTests
{
    [Fact]
    public void QuestionNamingTheNarrowerProcedureMovesItAboveTheBroaderOne() =>
        Assert.Equal(
            ["1.004746", "1.000894"],
            Rerank("đã đăng ký kết hôn nhưng sổ bị mất, muốn đăng ký lại kết hôn", ("1.000894", "Thủ tục đăng ký kết hôn"), ("1.004746", "Thủ tục đăng ký lại kết hôn")));

    [Fact]
    public void ARefiningWordUsedInAnotherSenseDoesNotNarrow() =>
        Assert.Equal(
            ["1.000656", "1.005461"],
            Rerank("mẹ mất không để lại di chúc, đăng ký khai tử ở đâu", ("1.000656", "Thủ tục đăng ký khai tử"), ("1.005461", "Đăng ký lại khai tử")));

    [Fact]
    public void ACitizensWordBetweenTheNameWordsStillNarrows() =>
        Assert.Equal(
            ["1.010028", "1.004194"],
            Rerank("chuyển đi nơi khác, xóa tạm trú cũ, đăng ký ở đâu", ("1.004194", "Đăng ký tạm trú"), ("1.010028", "Xóa đăng ký tạm trú")));

    [Fact]
    public void AQuestionNarrowerThanAnAliasPrefersTheNarrowerName() =>
        Assert.Equal(
            ["3.000276", "3.000228"],
            Rerank(
                "điện thoại bị mất, muốn khóa tạm căn cước điện tử",
                ("3.000228", "Cấp tài khoản định danh điện tử mức độ 02", ["căn cước điện tử"]),
                ("3.000276", "Khóa căn cước điện tử (thực hiện tại cấp tỉnh)", [])));

    [Fact]
    public void AnActionTheCitizenNeverNamedLosesToThePlainProcedure() =>
        Assert.Equal(
            ["2.000829", "2.001680"],
            Rerank("nhà nghèo, xin yêu cầu trợ giúp pháp lý miễn phí", ("2.001680", "Thủ tục rút yêu cầu trợ giúp pháp lý"), ("2.000829", "Thủ tục yêu cầu trợ giúp pháp lý")));

    [Fact]
    public void AHouseholdBusinessProcedureLosesToTheCompanyOneWhenTheQuestionNeverSaysHousehold() =>
        Assert.Equal(
            ["2.002029", "1.001570"],
            Rerank(
                "doanh nghiệp tạm ngừng kinh doanh một năm phải thông báo thế nào",
                ("1.001570", "Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh"),
                ("2.002029", "Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo (doanh nghiệp, chi nhánh)")));

    [Fact]
    public void AQualifierTheCitizenNamesKeepsTheNarrowerProcedureFirst() =>
        Assert.Equal(
            ["1.001570", "2.002029"],
            Rerank(
                "hộ kinh doanh tạm ngừng kinh doanh phải thông báo thế nào",
                ("1.001570", "Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh"),
                ("2.002029", "Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo (doanh nghiệp, chi nhánh)")));

    [Fact]
    public void LaiInLaiXeIsNotARequestToReissue() =>
        Assert.Equal(
            ["1.001765", "1.004993"],
            Rerank(
                "giáo viên dạy lái xe muốn xin giấy chứng nhận giáo viên dạy thực hành lái xe",
                ("1.004993", "Cấp lại Giấy chứng nhận giáo viên dạy thực hành lái xe"),
                ("1.001765", "Cấp Giấy chứng nhận giáo viên dạy thực hành lái xe")));

    [Fact]
    public void LaiTypedWithoutDiacriticsMayMeanReissueSoTheOrderStays() =>
        Assert.Equal(
            ["1.004993", "1.001765"],
            Rerank(
                "lam lai giay chung nhan giao vien day thuc hanh lai xe",
                ("1.004993", "Cấp lại Giấy chứng nhận giáo viên dạy thực hành lái xe"),
                ("1.001765", "Cấp Giấy chứng nhận giáo viên dạy thực hành lái xe")));

    [Fact]
    public void WithoutAKindOfIssuanceNamedFirstIssuanceComesFirst() =>
        Assert.Equal(
            ["1.013237", "1.013217"],
            Rerank("kỹ sư xin cấp chứng chỉ hành nghề hoạt động xây dựng", ("1.013217", "Cấp lại chứng chỉ hành nghề hoạt động xây dựng"), ("1.013237", "Cấp mới chứng chỉ hành nghề hoạt động xây dựng")));

    [Fact]
    public void ANamedKindOfIssuanceKeepsItsProcedureFirst() =>
        Assert.Equal(
            ["1.013217", "1.013237"],
            Rerank("bị mất, xin cấp lại chứng chỉ hành nghề hoạt động xây dựng", ("1.013217", "Cấp lại chứng chỉ hành nghề hoạt động xây dựng"), ("1.013237", "Cấp mới chứng chỉ hành nghề hoạt động xây dựng")));

    [Fact]
    public void QuestionSpellingTheStartOfALongerNameMovesItAboveAShortAlias() =>
        Assert.Equal(
            ["2.000992", "2.000884"],
            Rerank(
                "chứng thực chữ ký người dịch bản dịch tiếng anh",
                ("2.000884", "Chứng thực chữ ký trong các giấy tờ, văn bản", ["chứng thực chữ ký"]),
                ("2.000992", "Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật", [])));

    [Fact]
    public void AnAliasThatTheLowerNameStartsWithDoesNotMakeAFullerNameBroader() =>
        Assert.Equal(
            ["2.002233", "1.014976"],
            Rerank(
                "tự quyết toán thuế thu nhập cá nhân để được hoàn thuế",
                ("2.002233", "Khai quyết toán thuế/ Hoàn thuế đối với cá nhân cư trú có thu nhập từ tiền lương, tiền công", ["quyết toán thuế thu nhập cá nhân"]),
                ("1.014976", "Quyết toán thuế thu nhập cá nhân đối với hộ kinh doanh, cá nhân kinh doanh", [])));

    [Theory]
    [InlineData("cấp lại thẻ bảo hiểm y tế", "1.002759")]
    [InlineData("chiến sĩ công an cấp lại thẻ bảo hiểm y tế", "1.001294")]
    public void AProcedureForANarrowerAudienceRanksBelowTheOneForEveryoneUnlessTheQuestionNamesThatAudience(string question, string first)
    {
        var names = new[]
        {
            NameSyllables.Of("1.001294", ["Cấp lại thẻ bảo hiểm y tế (thực hiện tại cấp tỉnh)"], "Lực lượng Công an và thân nhân"),
            NameSyllables.Of("1.002759", ["Cấp lại, đổi, điều chỉnh thông tin trên sổ BHXH, thẻ BHYT"]),
        };

        var ranked = NameCoverage.Rerank([(0, 400f), (1, 300f)], doc => names[doc], Query(question), boost: 1f, audienceFactor: 0.5f);

        Assert.Equal(first, names[ranked[0].Doc].Code);
    }

    [Fact]
    public void EqualScoresAreOrderedByCodeWhateverTheBuildOrder()
    {
        var names = new[] { NameSyllables.Of("2.000002", ["Cấp giấy phép môi trường"]), NameSyllables.Of("1.000001", ["Cấp giấy phép môi trường"]) };
        var query = Query("giấy phép môi trường");
        var ranked = NameCoverage.Rerank([(0, 5f), (1, 5f)], doc => names[doc], query, boost: 1f);
        Assert.Equal(["1.000001", "2.000002"], ranked.Select(hit => names[hit.Doc].Code));
    }

    private static string[] Rerank(string question, params (string Code, string Name)[] hits) =>
        Rerank(question, hits.Select(h => (h.Code, h.Name, Array.Empty<string>())).ToArray());

    private static string[] Rerank(string question, params (string Code, string Name, string[] Aliases)[] hits)
    {
        var names = hits.Select(h => NameSyllables.Of(h.Code, new[] { h.Name }.Concat(h.Aliases))).ToArray();
        var ranked = hits.Select((_, i) => (Doc: i, Score: 100f - i)).ToArray();
        var query = Query(question);
        var result = NameRefinements.Apply(ranked, doc => names[doc], query.Syllables.ToHashSet(StringComparer.Ordinal), query.Wording);
        return result.Select(hit => names[hit.Doc].Code).ToArray();
    }

    private static ProcedureQuery Query(string question)
    {
        var words = question.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim(',', '.')).Where(s => s.Length > 0).ToArray();
        var syllables = words.Select(FoldedKey.Of).ToArray();
        var accented = words.SequenceEqual(syllables) ? [] : words;
        return new ProcedureQuery(null, [], syllables, [], new QueryWording(syllables, [], accented));
    }
}
