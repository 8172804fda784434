using Bot.Tests.Bot.Support;
using KnowledgeBase.Content;
using KnowledgeBase.Facts;
using KnowledgeBase.Procedures;

namespace Bot.Tests.KnowledgeBase.Facts;

/// <summary>Processing times, the place to file, online portals and the main papers, read from real catalogue records.</summary>
public sealed class ProcedureFactsTests
{
    private static readonly IReadOnlyList<Procedure> Catalogue = ContentLoader.Load(BotFixtures.ContentPath).Procedures;

    private static Procedure Record(string code) => Catalogue.Single(p => p.Code == code);

    [Theory]
    [InlineData("7 Ngày làm việc", "7 ngày làm việc")]
    [InlineData("Không quá 05 ngày", "không quá 5 ngày")]
    [InlineData("1", null)]
    [InlineData("Không có thông tin", null)]
    [InlineData(null, null)]
    public void ATimeIsStatedInPlainWordsAndABareNumberIsNotATime(string? cell, string? expected) =>
        Assert.Equal(expected, ProcessingTime.Read(cell));

    [Theory]
    [InlineData(new[] { "1", "1", "01" }, "1")]
    [InlineData(new[] { "1", "1", "1" }, "1")]
    [InlineData(new[] { "3", null }, "3")]
    [InlineData(new[] { "1", "3" }, null)]
    [InlineData(new[] { "5 Ngày làm việc", "5" }, null)]
    [InlineData(new[] { "0" }, null)]
    public void ABareNumberIsQuotedOnlyWhenEveryChannelStatesTheSame(string?[] cells, string? expected)
    {
        var procedure = new Procedure
        {
            Code = "0.000001",
            Name = "Thủ tục thử",
            Channels = cells.Select((c, i) => new ProcedureChannel { Channel = "Kênh " + i, Time = c }).ToArray(),
        };

        Assert.Equal(expected, ProcessingTime.Unitless(procedure));
    }

    [Theory]
    [InlineData("Công an cấp xã", true)]
    [InlineData("Trung tâm Phục vụ hành chính công", true)]
    [InlineData("UBCKNN", true)]
    [InlineData("Tổng công ty Đường sắt Việt Nam", true)]
    [InlineData("Hệ thống quản lý công tác", false)]
    [InlineData("khoản 2 Điều này", false)]
    [InlineData("khoản 2 Điều 42 Luật TNBTCNN", false)]
    [InlineData("việc tiếp nhận hồ sơ", false)]
    public void AStoredPlaceMustNameSomewhereToGo(string place, bool expected) =>
        Assert.Equal(expected, FilingPlace.NamesAnOffice(place));

    [Fact]
    public void ThePlaceToFileComesFromTheInPersonChannelsNote()
    {
        var place = FilingPlace.Of(Record("1.014064"));

        Assert.Equal("trụ sở Công an cấp xã hoặc bộ phận một cửa cấp xã trong cả nước không phụ thuộc vào nơi cư trú", place);
    }

    [Fact]
    public void WithoutANoteThePlaceComesFromTheSteps()
    {
        Assert.Equal("Trung tâm Phục vụ hành chính công có thẩm quyền", FilingPlace.Of(Record("1.000894")));
    }

    [Theory]
    [InlineData("Người yêu cầu nộp hồ sơ tại cơ quan, tổ chức có thẩm quyền, người yêu cầu cấp bản sao từ sổ gốc xuất trình các giấy tờ.")]
    [InlineData("Tổ chức, cá nhân nộp hồ sơ tại một trong các địa điểm trên địa bàn cấp tỉnh.")]
    [InlineData("Người nộp hồ sơ sử dụng tài khoản định danh điện tử để truy cập vào Hệ thống thông tin về đăng ký hợp tác xã.")]
    [InlineData("Cơ quan thuế gửi thông báo không tiếp nhận hồ sơ cho NNT qua Cổng thông tin điện tử mà người nộp thuế lựa chọn.")]
    [InlineData("Doanh nghiệp nộp hồ sơ theo mẫu tại Thông tư số 86/2024/TT-BTC ngày 23/12/2024 của Bộ Tài chính.")]
    public void StepsThatNameNoOfficeLeaveThePlaceToTheAgency(string step)
    {
        var procedure = new Procedure
        {
            Code = "9.999999",
            Name = "Thủ tục thử",
            Agency = "Uỷ ban Nhân dân cấp xã, phường, thị trấn",
            Sections = [new ProcedureSection { Kind = SectionKind.Steps, Heading = "Trình tự thực hiện", Markdown = step, Text = step }],
        };

        Assert.Equal("Uỷ ban Nhân dân cấp xã, phường, thị trấn", FilingPlace.Of(procedure));
    }

    [Theory]
    [InlineData(null, "Người đủ tiêu chuẩn nộp 01 bộ hồ sơ đề nghị cấp Chứng chỉ hành nghề đấu giá gửi trực tiếp hoặc qua dịch vụ bưu chính đến Sở Tư pháp nơi đã đăng ký tập sự hoặc trực tuyến trên Cổng dịch vụ công quốc gia.")]
    [InlineData("Chủ tịch ủy ban nhân dân cấp tỉnh", "Người đủ tiêu chuẩn nộp 01 bộ hồ sơ đề nghị cấp Chứng chỉ hành nghề đấu giá gửi trực tiếp hoặc qua dịch vụ bưu chính đến Sở Tư pháp nơi đã đăng ký tập sự hoặc trực tuyến trên Cổng dịch vụ công quốc gia.")]
    // The notary card: the online channel's long name and the file's count stand between the channels and the office.
    [InlineData(null, "Đối với công chứng viên của Phòng công chứng: Phòng công chứng nộp trực tiếp hoặc qua dịch vụ bưu chính hoặc trực tuyến trên môi trường điện tử 01 bộ hồ sơ đến Sở Tư pháp nơi Phòng công chứng đặt trụ sở để đề nghị cấp Thẻ công chứng viên.")]
    public void WithoutAnOfficeAsAgencyThePlaceIsWhereTheStepsSendTheFileByChannel(string? agency, string step)
    {
        var procedure = new Procedure
        {
            Code = "9.999999",
            Name = "Thủ tục thử",
            Agency = agency,
            Sections = [new ProcedureSection { Kind = SectionKind.Steps, Heading = "Trình tự thực hiện", Markdown = step, Text = step }],
        };

        Assert.Equal("Sở Tư pháp", FilingPlace.Of(procedure));
    }

    [Fact]
    public void TheCitizensDeadlineIsReadFromTheStepsUpToTheEndOfItsClause()
    {
        var pause = WithSteps("Hộ kinh doanh gửi hồ sơ đến Cơ quan đăng ký kinh doanh cấp xã chậm nhất là 03 ngày làm việc trước ngày tạm ngừng kinh doanh.");
        var birth = WithSteps("Trong thời hạn 60 ngày kể từ ngày sinh con, cha hoặc mẹ có trách nhiệm đăng ký khai sinh cho con; trường hợp cha, mẹ không thể đăng ký thì ông hoặc bà đăng ký.");

        Assert.Equal("chậm nhất là 03 ngày làm việc trước ngày tạm ngừng kinh doanh", StatedDeadlines.ForCitizen(pause));
        Assert.Equal("Trong thời hạn 60 ngày kể từ ngày sinh con, cha hoặc mẹ có trách nhiệm đăng ký khai sinh cho con", StatedDeadlines.ForCitizen(birth));
    }

    [Fact]
    public void TheApplicantsDeadlineIsAlsoReadWhenTheApplicantComesFirstInTheSentence()
    {
        var place = WithSteps("Bước 1: Hộ kinh doanh, cá nhân kinh doanh thành lập thêm địa điểm kinh doanh thì gửi Thông báo đến cơ quan thuế trong thời hạn 10 ngày làm việc kể từ ngày địa điểm kinh doanh đi vào hoạt động. Bước 2. Cơ quan thuế tiếp nhận.");
        var inspected = WithSteps("Trường hợp hồ sơ đạt yêu cầu, trong thời hạn 02 ngày làm việc kể từ ngày kết thúc kiểm tra, cơ quan quản lý cấp giấy chứng nhận.");
        var valid = WithSteps("Văn bản chấp thuận có hiệu lực trong thời hạn 24 tháng kể từ ngày ký.");

        Assert.Equal("trong thời hạn 10 ngày làm việc kể từ ngày địa điểm kinh doanh đi vào hoạt động", StatedDeadlines.ForCitizen(place));
        Assert.Null(StatedDeadlines.ForCitizen(inspected));
        Assert.Null(StatedDeadlines.ForCitizen(valid));
    }

    [Fact]
    public void TheOfficesTimeInTheStepsIsNotTheCitizensDeadlineButStandsInForAMissingTimeField()
    {
        var procedure = WithSteps("Trong thời hạn 01 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ, Cơ quan đăng ký kinh doanh cấp xã cấp giấy xác nhận.");

        Assert.Null(StatedDeadlines.ForCitizen(procedure));
        Assert.Equal(("1 ngày làm việc", "ngày nhận được hồ sơ hợp lệ"), StatedDeadlines.ForOffice(procedure));
    }

    [Fact]
    public void TheOfficesTimeIsAlsoReadWhenTheOfficeComesFirstInTheSentence()
    {
        var procedure = WithSteps("Trường hợp hồ sơ đủ điều kiện cấp, Cơ quan đăng ký kinh doanh cấp xã cấp Giấy chứng nhận đăng ký hộ kinh doanh trong thời hạn 03 ngày làm việc kể từ ngày nhận hồ sơ.");

        Assert.Equal(("3 ngày làm việc", "ngày nhận hồ sơ"), StatedDeadlines.ForOffice(procedure));
    }

    [Fact]
    public void ARequestFiledAsALetterHasItsPlaceReadToo()
    {
        var procedure = WithSteps("Người đề nghị nộp đơn yêu cầu hòa giải tranh chấp đất đai tại Ủy ban nhân dân cấp xã.");

        Assert.Equal("Ủy ban nhân dân cấp xã", FilingPlace.Of(procedure));
    }

    [Theory]
    [InlineData("119 Nguyễn Sơn, phường Bồ Đề, thành phố Hà Nội", "Cục Hàng không Việt Nam, 119 Nguyễn Sơn, phường Bồ Đề, thành phố Hà Nội")]
    [InlineData("Bộ phận Một cửa Ngân hàng Nhà nước Việt Nam 49 Lý Thái Tổ, Hà Nội", "Bộ phận Một cửa Ngân hàng Nhà nước Việt Nam 49 Lý Thái Tổ, Hà Nội")]
    public void TheAddressThePortalGivesIsThePlaceAndABareStreetNamesWhoseOfficeItIs(string address, string expected) =>
        Assert.Equal(expected, FilingPlace.Of(WithAddress(address)));

    [Theory]
    [InlineData("Bước 1: Nộp hồ sơ Tổ chức/cá nhân nộp hồ sơ đề nghị cấp giấy phép thông qua một trong các hình thức sau")]
    [InlineData("- Trực tiếp hoặc thông qua dịch vụ bưu chính đến Bộ phận Tiếp nhận và Trả kết quả")]
    [InlineData("https://www.xuatnhapcanh.gov.vn hoặc https://www.immigration.gov.vn")]
    [InlineData("Trung tâm Phục vụ hành chính công tỉnh (số 02, đường Nguyễn Chí Thanh, phường Thành Sen, tỉnh Hà Tĩnh)")]
    public void AnAddressThatIsAStepALinkOrAnotherProvincesOfficeLeavesThePlaceToTheAgency(string address) =>
        Assert.Equal("Cục Hàng không Việt Nam", FilingPlace.Of(WithAddress(address)));

    private static Procedure WithAddress(string address)
    {
        var item = "Địa chỉ tiếp nhận hồ sơ: " + address;
        return new()
        {
            Code = "9.999997",
            Name = "Thủ tục thử",
            Agency = "Cục Hàng không Việt Nam",
            Sections = [new ProcedureSection { Kind = SectionKind.Agency, Heading = "Cơ quan thực hiện", Markdown = "- " + item, Text = item, Items = [item] }],
        };
    }

    private static Procedure WithPapers(string code, string name, string papers) => new()
    {
        Code = code,
        Name = name,
        Sections = [new ProcedureSection { Kind = SectionKind.Documents, Heading = "Thành phần hồ sơ", Markdown = papers, Text = papers }],
    };

    private static Procedure WithSteps(string steps) => new()
    {
        Code = "9.999998",
        Name = "Thủ tục thử",
        Sections = [new ProcedureSection { Kind = SectionKind.Steps, Heading = "Trình tự thực hiện", Markdown = steps, Text = steps }],
    };

    [Fact]
    public void PapersProseSaysAreHandedInOrShownAreThePapersWhenTheSectionListsNone()
    {
        const string prose = ".\n\nBước 2. Nộp hồ sơ a) Đối với nhận chế độ BHXH hàng tháng: Đến kỳ chi trả, người được ủy quyền nộp Giấy uỷ quyền (mẫu số 13-HSB) hoặc Hợp đồng ủy quyền cho cơ quan Bưu điện, xuất trình Chứng minh nhân dân hoặc giấy tờ tùy thân có ảnh và ký nhận tiền trên Danh sách chi trả.\n\nb) Đối với nhận chế độ BHXH một lần: Người được ủy quyền nộp Giấy ủy quyền (mẫu số 13-HSB) hoặc Hợp đồng ủy quyền cho cơ quan BHXH; xuất trình Chứng minh nhân dân hoặc giấy tờ tùy thân có ảnh.";
        var procedure = new Procedure
        {
            Code = "9.999997",
            Name = "Ủy quyền lĩnh thay các chế độ bảo hiểm xã hội",
            Sections = [new ProcedureSection { Kind = SectionKind.Documents, Heading = "Thành phần hồ sơ", Markdown = prose, Text = prose.Replace("\n\n", " ", StringComparison.Ordinal) }],
        };

        var documents = CoreDocuments.Of(procedure);

        Assert.Equal(["Giấy uỷ quyền (mẫu số 13-HSB) hoặc Hợp đồng ủy quyền", "Chứng minh nhân dân hoặc giấy tờ tùy thân có ảnh"], documents.Papers);
        Assert.Empty(documents.OtherCases);
        Assert.Null(documents.MainCase);
    }

    [Fact]
    public void CaseTitlesLoseTheMarksTheSourcePutsBeforeThem()
    {
        // The tax extension's cases open with "\+\+ Trường hợp …" and "(\*) Trường hợp …".
        var documents = CoreDocuments.Of(BotFixtures.RepositorySearch.GetByCode("1.008590")!);

        Assert.All(documents.OtherCases.Append(documents.MainCase ?? ""), c => Assert.DoesNotMatch(@"^[\\(+*]", c));
        Assert.NotEmpty(documents.OtherCases);
    }

    [Fact]
    public void TheBusinessACompanyWillDoDescribesNoConversionFromAHouseholdBusiness()
    {
        var documents = CoreDocuments.Of(
            BotFixtures.RepositorySearch.GetByCode("2.002043")!,
            "Mình với 2 người bạn định lập công ty cổ phần kinh doanh đồ gỗ, đăng ký thành lập cần giấy tờ gì?");

        Assert.DoesNotContain("hộ kinh doanh", documents.MainCase ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(documents.Papers, p => p.Contains("hộ kinh doanh", StringComparison.Ordinal));
    }

    [Fact]
    public void AChildsPassportPapersAreTheChildsFormAndBirthCertificateAndAnAdultsAreNot()
    {
        var passport = BotFixtures.RepositorySearch.GetByCode("1.001456")!;

        var child = CoreDocuments.Of(passport, "con em 8 tuoi lan dau lam ho chieu can giay to gi");
        var adult = CoreDocuments.Of(passport, "toi 30 tuoi lam ho chieu lan dau can giay to gi");

        Assert.Contains(child.Papers, p => p.Contains("TK01a", StringComparison.Ordinal));
        Assert.DoesNotContain(child.Papers, p => p.Contains("TK01 dành cho người từ 14 tuổi", StringComparison.Ordinal));
        Assert.Contains(child.Papers, p => p.Contains("giấy khai sinh", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(adult.Papers, p => p.Contains("TK01 dành cho người từ 14 tuổi", StringComparison.Ordinal));
        Assert.DoesNotContain(adult.Papers.Concat(adult.SometimesNeeded), p => p.Contains("giấy khai sinh", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ListItemsThatAreCasesWithTheirPaperAreCasesAndTheOneTheCitizenDescribesGivesThePaper()
    {
        // Maternity: "1.4. Lao động nam … khi vợ sinh con hồ sơ là bản sao giấy khai sinh …" is a case, not a paper.
        var maternity = BotFixtures.RepositorySearch.GetByCode("2.000693")!;

        var husband = CoreDocuments.Of(maternity, "vo em sap sinh, em la chong thi lam che do thai san can gi");

        Assert.StartsWith("Lao động nam", husband.MainCase, StringComparison.Ordinal);
        Assert.StartsWith("Bản sao giấy khai sinh", husband.Papers[0], StringComparison.Ordinal);
        Assert.DoesNotContain(husband.Papers, p => p.StartsWith("Người chồng", StringComparison.Ordinal));
    }

    [Fact]
    public void AFileMadeOfLabelledCasesListsTheFirstCasesPaperNotTheEmployersList()
    {
        // Sickness benefit: the worker's papers are "Trường hợp điều trị nội trú: …", "Trường hợp điều trị ngoại trú: …".
        var documents = CoreDocuments.Of(BotFixtures.RepositorySearch.GetByCode("1.001667")!);

        Assert.Contains(documents.Papers, p => p.Contains("Giấy ra viện", StringComparison.Ordinal));
        Assert.Contains(documents.OtherCases, c => c.Contains("ngoại trú", StringComparison.Ordinal));
    }

    [Fact]
    public void APaperOnlyOneKindOfApplicantHandsInIsNotTheProceduresPaper()
    {
        // The health-insurance card's steps say organ donors hand in a discharge paper; a lost card needs none of it.
        var documents = CoreDocuments.Of(BotFixtures.RepositorySearch.GetByCode("1.002759")!);

        Assert.DoesNotContain(documents.Papers, p => p.Contains("ra viện", StringComparison.Ordinal));
    }

    [Fact]
    public void NumberedPapersUnderANoteOnCopiesListInTheirOrderWithoutTheirNumbers()
    {
        // The section opens with "Trường hợp không quy định là bản chính thì có thể nộp bản sao hợp lệ": a note, not a
        // case; its papers are numbered 6, 4, 3, 1, 2, 5 in the crawl.
        var documents = CoreDocuments.Of(BotFixtures.RepositorySearch.GetByCode("1.001632")!);

        Assert.Null(documents.MainCase);
        Assert.StartsWith("Bản chính Văn bản đề nghị", documents.Papers[0], StringComparison.Ordinal);
        Assert.DoesNotContain(documents.Papers, p => char.IsDigit(p[0]));
    }

    [Fact]
    public void PapersAfterALineSayingSomeCasesNeedMoreAreSometimesNeededAndTheLineIsNoPaper()
    {
        // "Ngoài giấy tờ nêu trên, tùy từng trường hợp, bên nam, bên nữ phải nộp giấy tờ tương ứng sau đây", then the
        // civil servant's and the divorcee's papers.
        var documents = CoreDocuments.Of(BotFixtures.RepositorySearch.GetByCode("2.000806")!);

        Assert.DoesNotContain(documents.Papers, p => p.StartsWith("Ngoài giấy tờ", StringComparison.Ordinal));
        Assert.DoesNotContain(documents.Papers, p => p.Contains("công chức", StringComparison.Ordinal));
        Assert.Contains(documents.Papers, p => p.StartsWith("Tờ khai đăng ký kết hôn", StringComparison.Ordinal));
    }

    [Theory]
    // "Tờ khai … (Mẫu CT01 …); đối với người … chưa thành niên thì …": everyone files the form, the minor's case adds to it.
    [InlineData("1.004194", "Tờ khai thay đổi thông tin cư trú")]
    [InlineData("1.001456", "Tờ khai đề nghị cấp hộ chiếu phổ thông")]
    public void AFormWhoseLaterClauseNamesACaseIsAMainPaper(string code, string form)
    {
        var documents = CoreDocuments.Of(BotFixtures.RepositorySearch.GetByCode(code)!);

        Assert.Contains(documents.Papers, p => p.StartsWith(form, StringComparison.Ordinal));
        Assert.DoesNotContain(documents.SometimesNeeded, p => p.StartsWith(form, StringComparison.Ordinal));
    }

    [Fact]
    public void OnlinePortalsAreTheOnesTheRecordNames()
    {
        var online = OnlineFiling.Of(Record("1.014064"));

        Assert.True(online.Available);
        Assert.Equal(["Cổng Dịch vụ công quốc gia", "Cổng dịch vụ công Bộ Công an", "ứng dụng VNeID"], online.Portals);
    }

    [Fact]
    public void MainPapersAreNamesNotNotesExamplesOrTemplateFileNames()
    {
        var documents = CoreDocuments.Of(Record("1.001193"));

        Assert.Equal("Giấy chứng sinh", documents.Papers[0]);
        Assert.Contains("Tờ khai đăng ký khai sinh theo mẫu", documents.Papers);
        Assert.InRange(documents.Papers.Count, 2, CoreDocuments.MaxPapers);
        Assert.Contains(documents.SometimesNeeded, p => p.StartsWith("Văn bản ủy quyền", StringComparison.Ordinal));
        var all = string.Join('\n', documents.Papers.Concat(documents.SometimesNeeded));
        Assert.DoesNotContain("bản chính", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Trường hợp", all, StringComparison.Ordinal);
        Assert.DoesNotContain(".doc", all, StringComparison.Ordinal);
    }

    [Fact]
    public void CaseTitledWithTheProceduresOwnNameIsTheMainCaseAfterSpecialCases()
    {
        const string papers = """
            Trường hợp đăng ký doanh nghiệp xã hội:

            - Giấy đề nghị đăng ký doanh nghiệp — 1 bản chính
            - Cam kết thực hiện mục tiêu xã hội, môi trường — 1 bản chính

            Trường hợp đăng ký thành lập doanh nghiệp trên cơ sở chuyển đổi từ hộ kinh doanh:

            - Giấy đề nghị đăng ký doanh nghiệp - Mẫu 02 — 1 bản chính
            - Tờ khai chuyển đổi — 1 bản chính
            - Bản sao Giấy chứng nhận đăng ký hộ kinh doanh — 0 bản chính, 1 bản sao

            Đăng ký thành lập công ty TNHH một thành viên

            - Giấy đề nghị đăng ký doanh nghiệp — 1 bản chính
            - Điều lệ công ty — 1 bản chính
            """;
        var company = WithPapers("2.001583", "Đăng ký thành lập công ty TNHH một thành viên", papers);

        var documents = CoreDocuments.Of(company);

        Assert.Equal(["Giấy đề nghị đăng ký doanh nghiệp", "Điều lệ công ty"], documents.Papers);
    }

    [Fact]
    public void APaperWhoseFormIsCitedInBracketsIsNamedWithoutAnEmptyBracket()
    {
        // 1.003434 (support for linkage projects) cites each form's annex in brackets; the annex is cut, and the
        // bracket's opening "(theo" was shown as "Đơn đề nghị của chủ dự án (theo)".
        const string papers = """
            - Đơn đề nghị của chủ dự án (theo Phụ lục I ban hành kèm theo Nghị định số 98/2018/NĐ-CP) — 1 bản chính
            - Bản sao chụp hợp đồng liên kết — 1 bản sao
            - Dự án liên kết (theo Phụ lục II ban hành kèm theo Nghị định số 98/2018/NĐ-CP) — 1 bản chính
            """;
        var support = WithPapers("1.003434", "Hỗ trợ dự án liên kết", papers);

        var documents = CoreDocuments.Of(support);

        Assert.Equal(["Đơn đề nghị của chủ dự án", "Bản sao chụp hợp đồng liên kết", "Dự án liên kết"], documents.Papers);
    }

    [Fact]
    public void AHealthInsuranceCardFormIsNamedWithoutItsGluedFileCodeAndTheFileCountIsNoPaper()
    {
        // 1.002438 (exchanging a health insurance card): the crawl glued the form's file code to its name, and the
        // section ends with how many files to bring.
        const string papers = """
            - Đơn đề nghị cấp đổi thẻ bảo hiểm y tếMau01-ĐN(BHYT) — 1 bản chính
            - Thẻ bảo hiểm y tế cũ — 1 bản chính
            - Số lượng hồ sơ: 01 (bộ) — 1 bản chính
            """;
        var card = WithPapers("1.002438", "Cấp đổi thẻ bảo hiểm y tế", papers);

        var documents = CoreDocuments.Of(card);

        Assert.Equal(["Đơn đề nghị cấp đổi thẻ bảo hiểm y tế", "Thẻ bảo hiểm y tế cũ"], documents.Papers);
    }

    [Fact]
    public void TheCaseTheCitizenDescribesIsTheOneWhosePapersAreListed()
    {
        // 1.013225 (building permits) lists its papers per kind of construction; a house is the last case.
        const string papers = """
            (1.1) Đối với công trình không theo tuyến:
            - Đơn đề nghị cấp giấy phép xây dựng theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP — 1 bản chính
            - Quyết định phê duyệt dự án — 1 bản sao
            (1.7) Đối với công trình nhà ở riêng lẻ:
            - Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ — 1 bản sao
            - 02 bộ bản vẽ thiết kế xây dựng — 1 bản chính
            """;
        var permit = WithPapers("1.013225", "Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV và nhà ở riêng lẻ", papers);

        var forAHouse = CoreDocuments.Of(permit, "xin giay phep xay dung nha o can giay to gi");
        var unsaid = CoreDocuments.Of(permit, "xin giay phep xay dung can giay to gi");

        Assert.Equal("Công trình nhà ở riêng lẻ", forAHouse.MainCase);
        Assert.Equal(["Giấy chứng nhận quyền sử dụng đất được cấp", "02 bộ bản vẽ thiết kế xây dựng"], forAHouse.Papers);
        Assert.Equal("Công trình không theo tuyến", unsaid.MainCase);
        Assert.Equal(["Đơn đề nghị cấp giấy phép xây dựng theo Mẫu số 1", "Quyết định phê duyệt dự án"], unsaid.Papers);
    }

    [Fact]
    public void AnAdultReplacingALostCardIsNotAskedForAMinorsPapersOrTheFormTheOfficePrints()
    {
        var documents = CoreDocuments.Of(Record("1.014064"));

        Assert.Equal(["Phiếu đề nghị giải quyết thủ tục về căn cước (Mẫu DC02)"], documents.Papers);
        Assert.Contains(documents.SometimesNeeded, p => p.EndsWith("của người dưới 14 tuổi", StringComparison.Ordinal));
        Assert.DoesNotContain(documents.Papers.Concat(documents.SometimesNeeded), p => p.Contains("CC01", StringComparison.Ordinal));
    }

    [Fact]
    public void NumberedCaseTitlesReadPlainAndANoteOnCopiesIsNoCase()
    {
        const string papers = """
            (Trường hợp không quy định là bản chính thì có thể nộp bản sao hợp lệ.)
            1\. Trường hợp hưởng BHXH một lần

            - Đơn đề nghị (Mẫu số 14-HSB) — 1 bản chính
            - Sổ BHXH — 1 bản chính

            2\. Đối với người lao động là công dân nước ngoài làm việc tại Việt Nam hưởng BHXH một lần

            - Đơn đề nghị (Mẫu số 14-HSB) — 1 bản chính
            - Hộ chiếu — 1 bản sao
            """;
        var lumpSum = WithPapers("1.001613", "Giải quyết hưởng bảo hiểm xã hội một lần", papers);

        var documents = CoreDocuments.Of(lumpSum);

        Assert.Equal("Hưởng BHXH một lần", documents.MainCase);
        Assert.Equal(["Người lao động là công dân nước ngoài làm việc tại Việt Nam hưởng…"], documents.OtherCases);
    }

    [Fact]
    public void PapersOfWhichOneIsEnoughAreOneLineNotEachRequired()
    {
        // The portal lists "one of these land papers" and then each of them again as a paper of its own (1.013225).
        const string papers = """
            (1.7) Đối với công trình nhà ở riêng lẻ:
            - Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. Trường hợp … — 1 bản chính, 1 bản sao
            - Đơn đề nghị cấp giấy phép xây dựng theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP — 1 bản chính, 1 bản sao
            - Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai — 1 bản chính, 1 bản sao
            - Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm: + Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai. + Các giấy tờ hợp pháp khác theo quy định của pháp luật về đất đai. — 1 bản chính, 1 bản sao
            - 02 bộ bản vẽ thiết kế xây dựng — 1 bản chính
            """;
        var permit = WithPapers("1.013225", "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", papers);

        var documents = CoreDocuments.Of(permit);

        Assert.Equal(
            ["Một trong những giấy tờ hợp pháp về đất đai (như Giấy chứng nhận quyền sử dụng đất)", "Đơn đề nghị cấp giấy phép xây dựng theo Mẫu số 1", "02 bộ bản vẽ thiết kế xây dựng"],
            documents.Papers);
    }

    [Fact]
    public void StepsAreAFewPlainLines()
    {
        var steps = ProcedureSteps.Of(Record("1.004222"));

        Assert.InRange(steps.Count, 3, ProcedureSteps.MaxSteps);
        Assert.Equal("Cá nhân, tổ chức chuẩn bị hồ sơ theo quy định của pháp luật", steps[0]);
        Assert.All(steps, s => Assert.DoesNotMatch(@"^Bước\s*\d", s));
    }

    [Fact]
    public void StepsThatReadAlikeOnceCutAreShownOnce()
    {
        // 2.002041: the address change and the business-line change both open "Sau khi tiếp nhận hồ sơ đăng ký doanh
        // nghiệp, Cơ quan đăng ký kinh doanh cấp tỉnh trao giấy tiếp nhận hồ sơ và hẹn trả kết quả …".
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "fees", "2.002041.md");
        var steps = ProcedureSteps.Of(global::KnowledgeBase.Content.ProcedureMarkdownReader.Read(File.ReadAllText(path), path).Procedure!);

        Assert.Equal(steps.Count, steps.Distinct(StringComparer.Ordinal).Count());
        Assert.Single(steps, s => s.StartsWith("Sau khi tiếp nhận hồ sơ đăng ký doanh nghiệp", StringComparison.Ordinal));
    }
}
