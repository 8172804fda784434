using KnowledgeBase.Indexing;
using KnowledgeBase.Procedures;

namespace Bot.Tests.KnowledgeBase.Indexing;

public sealed class FamilyGroupingTests
{
    [Fact]
    public void LevelVariantsOfOneProcedureAreOneFamilyWithTheCommuneLevelFirst()
    {
        var grouped = FamilyGrouping.Apply(
        [
            new Procedure { Code = "1.000757", Name = "Cấp lại thẻ căn cước (thực hiện tại cấp trung ương)", Levels = ["Cấp bộ"], Ministry = "Bộ Công an" },
            new Procedure { Code = "2.001194", Name = "Cấp lại thẻ căn cước (thực hiện tại cấp tỉnh)", Levels = ["Cấp tỉnh"], Ministry = "Bộ Công an" },
            new Procedure { Code = "1.014064", Name = "Cấp lại thẻ căn cước", Levels = ["Cấp xã"], Ministry = "Bộ Công an" },
            new Procedure { Code = "1.014063", Name = "Cấp đổi thẻ căn cước", Levels = ["Cấp xã"], Ministry = "Bộ Công an" },
        ]);

        var family = grouped[0].Family!;
        Assert.Equal(["1.014064", "2.001194", "1.000757"], family.Members.Select(m => m.Code));
        Assert.Equal("1.014064", family.PreferredCode);
        Assert.All(grouped.Take(3), p => Assert.Same(family, p.Family));
        Assert.Null(grouped[3].Family);
    }

    [Fact]
    public void VariantsNamingOnlyTheLevelInBracketsAreOneFamilyAnsweredAtTheCommune()
    {
        var grouped = FamilyGrouping.Apply(
        [
            new Procedure { Code = "1.003397", Name = "Hỗ trợ dự án liên kết (cấp tỉnh)", Levels = ["Cấp tỉnh"], Ministry = "Bộ Nông nghiệp và Môi trường" },
            new Procedure { Code = "1.003434", Name = "Hỗ trợ dự án liên kết (cấp xã)", Levels = ["Cấp xã"], Ministry = "Bộ Nông nghiệp và Môi trường" },
            new Procedure { Code = "1.000001", Name = "Cấp giấy phép nhận chìm ở biển (cấp TW)", Levels = ["Cấp bộ"], Ministry = "Bộ Nông nghiệp và Môi trường" },
            new Procedure { Code = "1.000002", Name = "Cấp giấy phép nhận chìm ở biển (cấp tỉnh)", Levels = ["Cấp tỉnh"], Ministry = "Bộ Nông nghiệp và Môi trường" },
        ]);

        Assert.Equal("1.003434", grouped[0].Family!.PreferredCode);
        Assert.Same(grouped[0].Family, grouped[1].Family);
        Assert.Equal(["1.000002", "1.000001"], grouped[2].Family!.Members.Select(m => m.Code));
        Assert.Equal(ProcedureLevels.Ministry, grouped[2].Family!.Members[1].Level);
    }

    [Fact]
    public void OfTwoCommuneRecordsTheOneNotNamingTheAbolishedDistrictIsAnswered()
    {
        // Both records are filed at the commune; the older one's name still says district, which no longer exists.
        var grouped = FamilyGrouping.Apply(
        [
            new Procedure { Code = "1.010385", Name = "Trình báo mất hộ chiếu phổ thông (thực hiện tại cấp huyện)", Levels = ["Cấp xã"], Ministry = "Bộ Công an" },
            new Procedure { Code = "1.010386", Name = "Trình báo mất hộ chiếu phổ thông (thực hiện tại cấp xã)", Levels = ["Cấp xã"], Ministry = "Bộ Công an" },
        ]);

        Assert.Equal("1.010386", grouped[0].Family!.PreferredCode);
    }

    [Fact]
    public void OnlineOnlyAndInPersonVariantsAreOneFamilyWithTheInPersonOneFirst()
    {
        var grouped = FamilyGrouping.Apply(
        [
            new Procedure { Code = "1.013080", Name = "Cấp lại chứng nhận đăng ký xe, biển số xe thực hiện bằng dịch vụ công trực tuyến toàn trình", Levels = ["Cấp xã"], Ministry = "Bộ Công an" },
            new Procedure { Code = "1.013082", Name = "Cấp lại chứng nhận đăng ký xe, biển số xe thực hiện bằng dịch vụ công trực tuyến một phần hoặc trực tiếp thực hiện tại cấp trung ương, cấp tỉnh, cấp xã", Levels = ["Cấp bộ", "Cấp tỉnh", "Cấp xã"], Ministry = "Bộ Công an" },
        ]);

        var members = grouped[0].Family!.Members;
        Assert.Equal("1.013082", members[0].Code);
        Assert.True(members[1].OnlineOnly);
    }

    [Fact]
    public void NamesThatEndWithTheOfficeAtEachLevelAreOneFamilyAnsweredAtTheCommune()
    {
        // 1.011470 and 1.011471 in content/procedures: a household given forest files the commune's.
        var grouped = FamilyGrouping.Apply(
        [
            new Procedure { Code = "1.011470", Name = "Phê duyệt Phương án khai thác gỗ, thực vật rừng ngoài gỗ loài thông thường thuộc thẩm quyền giải quyết của Sở Nông nghiệp và Môi trường hoặc Cơ quan có thẩm quyền phê duyệt nguồn vốn trồng rừng", Levels = ["Cấp tỉnh"], Ministry = "Bộ Nông nghiệp và Môi trường", Field = "Lâm nghiệp" },
            new Procedure { Code = "1.011471", Name = "Phê duyệt Phương án khai thác gỗ, thực vật rừng ngoài gỗ loài thông thường thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã", Levels = ["Cấp xã"], Ministry = "Bộ Nông nghiệp và Môi trường", Field = "Lâm nghiệp" },
            new Procedure { Code = "1.000047", Name = "Phê duyệt phương án khai thác động vật rừng thông thường từ tự nhiên", Levels = ["Cấp tỉnh"], Ministry = "Bộ Nông nghiệp và Môi trường", Field = "Lâm nghiệp" },
        ]);

        Assert.Equal(["1.011471", "1.011470"], grouped[0].Family!.Members.Select(m => m.Code));
        Assert.Same(grouped[0].Family, grouped[1].Family);
        Assert.Null(grouped[2].Family);
    }

    [Fact]
    public void TwoOfficesAtOneLevelAreTwoProcedures()
    {
        // Which provincial department handles it depends on the product: the citizen must be asked, not sent to one.
        var grouped = FamilyGrouping.Apply(
        [
            new Procedure { Code = "9.000011", Name = "Cấp giấy xác nhận nội dung quảng cáo thuộc thẩm quyền của Sở Y tế", Levels = ["Cấp tỉnh"], Ministry = "Bộ Y tế", Field = "Y tế" },
            new Procedure { Code = "9.000012", Name = "Cấp giấy xác nhận nội dung quảng cáo thuộc thẩm quyền của Sở Nông nghiệp và Môi trường", Levels = ["Cấp tỉnh"], Ministry = "Bộ Y tế", Field = "Y tế" },
        ]);

        Assert.All(grouped, p => Assert.Null(p.Family));
    }

    [Fact]
    public void TheSameNameInAnotherMinistryIsAnotherProcedure()
    {
        var grouped = FamilyGrouping.Apply(
        [
            new Procedure { Code = "2.000639", Name = "Cấp thẻ bảo hiểm y tế (thực hiện tại cấp tỉnh)", Levels = ["Cấp tỉnh"], Ministry = "Bộ Công an" },
            new Procedure { Code = "9.000001", Name = "Cấp thẻ bảo hiểm y tế", Levels = ["Cấp xã"], Ministry = "Bộ Tài chính" },
        ]);

        Assert.All(grouped, p => Assert.Null(p.Family));
    }

    [Fact]
    public void TheSameNameInAnotherFieldOfTheMinistryIsAnotherProcedure()
    {
        // The tax office's and the customs office's extension of a tax payment: a household business files the first.
        var grouped = FamilyGrouping.Apply(
        [
            new Procedure { Code = "1.008590", Name = "Gia hạn nộp thuế", Levels = ["Cấp tỉnh"], Ministry = "Bộ Tài chính", Field = "Thuế" },
            new Procedure { Code = "1.013490", Name = "Thủ tục gia hạn nộp thuế", Levels = ["Cấp xã"], Ministry = "Bộ Tài chính", Field = "Hải quan" },
        ]);

        Assert.All(grouped, p => Assert.Null(p.Family));
    }
}
