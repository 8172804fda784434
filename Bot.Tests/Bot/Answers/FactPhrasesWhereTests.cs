using Bot.Answers;
using Bot.Templates;
using Bot.Tests.Bot.Support;

namespace Bot.Tests.Bot.Answers;

/// <summary>Where to file, as a citizen reads it, from the repository's catalogue.</summary>
public sealed class FactPhrasesWhereTests
{
    private readonly FactPhrases _phrases = new(TemplateCatalog.LoadEmbedded());

    [Fact]
    public void AFileGoesToTheCommitteeNotToItsChair()
    {
        // 1.002373 stores its place as "Chủ tịch ủy ban nhân dân cấp tỉnh", and its steps send the file nowhere else.
        var where = _phrases.Where(BotFixtures.RepositorySearch.GetByCode("1.002373")!, "cấp tỉnh");

        Assert.Contains("nộp hồ sơ tại Ủy ban nhân dân cấp tỉnh", where, StringComparison.Ordinal);
        Assert.DoesNotContain("Chủ tịch", where, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileTheStepsSendToTheDepartmentGoesThereNotToTheChairWhoDecides()
    {
        // 1.000688's agency is the chair; its steps: "gửi trực tiếp hoặc qua dịch vụ bưu chính đến Sở Tư pháp".
        var where = _phrases.Where(BotFixtures.RepositorySearch.GetByCode("1.000688")!, "cấp tỉnh");

        Assert.Contains("nộp hồ sơ tại Sở Tư pháp", where, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOfficeNamedOnlyByWhatItDoesIsFollowedByTheAgenciesThatAreIt()
    {
        // 3.000347 stores its place as "cơ quan cấp giấy phép lái xe": true, and no help to find the office.
        var where = _phrases.Where(BotFixtures.RepositorySearch.GetByCode("3.000347")!, "cấp bộ");

        Assert.Contains("cơ quan cấp giấy phép lái xe (Cục cảnh sát giao thông, Công an tỉnh, Công an cấp", where, StringComparison.Ordinal);
    }

    [Fact]
    public void APlaceThatOnlySaysTheFileIsReceivedIsNotToldAsAnOffice()
    {
        // 1.007277 stores "cơ quan tiếp nhận hồ sơ" and names no agency: the levels are what the record knows.
        var where = _phrases.Where(BotFixtures.RepositorySearch.GetByCode("1.007277")!, "cấp tỉnh, cấp xã");

        Assert.DoesNotContain("cơ quan tiếp nhận hồ sơ", where, StringComparison.Ordinal);
        Assert.Contains("cấp tỉnh, cấp xã", where, StringComparison.Ordinal);
    }

    [Fact]
    public void AVaguePlaceGivesWayToTheAgencyThatCarriesTheProcedureOut()
    {
        // 1.008891 stores "Bộ phận tiếp nhận"; its agency is the head of the province's specialised office.
        var where = _phrases.Where(BotFixtures.RepositorySearch.GetByCode("1.008891")!, "cấp tỉnh");

        Assert.DoesNotContain("tại Bộ phận tiếp nhận.", where, StringComparison.Ordinal);
        Assert.Contains("cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh", where, StringComparison.Ordinal);
    }

    [Fact]
    public void APlaceAndAnAgencyThatOnlySayRelatedBodiesLeaveTheLevel()
    {
        // 1.014535 names "Các cơ quan, tổ chức liên quan" as both.
        var where = _phrases.Where(BotFixtures.RepositorySearch.GetByCode("1.014535")!, "cấp tỉnh");

        Assert.DoesNotContain("liên quan", where, StringComparison.Ordinal);
        Assert.Contains("cấp tỉnh", where, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePlaceEndsWhereTheCrawlRanTheNextListItemOn()
    {
        var where = _phrases.Where(BotFixtures.RepositorySearch.GetByCode("1.013206")!, "cấp tỉnh");

        Assert.Contains("nộp hồ sơ tại Cơ sở đăng kiểm", where, StringComparison.Ordinal);
        Assert.DoesNotContain("b) Giải quyết", where, StringComparison.Ordinal);
    }

    [Fact]
    public void ANameThatSaysPartlyOnlineIsFiledOnlineEvenWithoutAnOnlineChannelRow()
    {
        // 1.013067's channel rows are all "Trực tiếp"; its name says "thực hiện bằng dịch vụ công một phần".
        var online = _phrases.Online(BotFixtures.RepositorySearch.GetByCode("1.013067")!);

        Assert.StartsWith("có thể nộp trực tuyến", online, StringComparison.Ordinal);
    }
}
