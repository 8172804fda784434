using System.Text.RegularExpressions;
using KnowledgeBase.Procedures;
using KnowledgeBase.Text;

namespace KnowledgeBase.Facts;

/// <summary>
/// Where a citizen hands in the file, from the record's own words: the in-person channel's note ("Trực tiếp tại trụ
/// sở Công an cấp xã … trong cả nước không phụ thuộc vào nơi cư trú"), else the agency that carries it out.
/// </summary>
public static partial class FilingPlace
{
    private const int MaxLength = 170;

    // An agency longer than this ("Chủ tịch ủy ban nhân dân cấp tỉnh, Cơ quan có chức năng …") would bury the address.
    private const int MaxAgencyBeforeAddress = 60;

    // Where the place's words end and a remark begins.
    private static readonly string[] PlaceEnds = [" (sau đây", " nhưng "];

    private static readonly string[] NextAction = [" có trách nhiệm", " nộp ", " trao ", " kiểm tra", " để ", " thì ", " sau khi"];

    public static string? Of(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        foreach (var channel in procedure.Channels.OrderBy(c => VietnameseText.Fold(c.Channel).StartsWith("truc tiep", StringComparison.Ordinal) ? 0 : 1))
        {
            if (channel.Note is { } note && PlaceInNote().Match(note) is { Success: true } match && IsAPlace(match.Groups["place"].Value))
            {
                return Clean(match.Groups["place"].Value);
            }
        }

        // The steps often say where the file goes ("nộp hồ sơ đăng ký kết hôn tại Trung tâm Phục vụ hành chính công").
        if (procedure.GetSection(SectionKind.Steps) is { } steps)
        {
            foreach (var line in SectionLines.Of(steps))
            {
                if (PlaceInSteps().Match(line) is { Success: true } step && IsAPlace(step.Groups["place"].Value))
                {
                    // The crawl drops some punctuation: the place ends where the next action starts.
                    var place = step.Groups["place"].Value;
                    foreach (var next in NextAction)
                    {
                        var at = place.IndexOf(next, StringComparison.Ordinal);
                        if (at > 10)
                        {
                            place = place[..at];
                        }
                    }

                    return Clean(place);
                }
            }
        }

        var address = procedure.GetSection(SectionKind.Agency)?.Items
            .FirstOrDefault(i => i.StartsWith("Địa chỉ tiếp nhận hồ sơ:", StringComparison.Ordinal));
        if (address is not null && ReadableAddress(address["Địa chỉ tiếp nhận hồ sơ:".Length..].Trim()) is { } written)
        {
            // A bare street address ("119 Nguyễn Sơn, phường Bồ Đề, thành phố Hà Nội") says where, not whose office it is.
            return StreetAddress().IsMatch(written) && AgencyOf(procedure) is { Length: <= MaxAgencyBeforeAddress } agency ? agency + ", " + written : written;
        }

        var carriedOutBy = AgencyOf(procedure);
        if ((carriedOutBy is null || carriedOutBy.StartsWith("Chủ tịch", StringComparison.OrdinalIgnoreCase)) && SentToInSteps(procedure) is { } sentTo)
        {
            // No agency, or a person who decides rather than an office that receives: where the steps send the file.
            return sentTo;
        }

        return carriedOutBy;
    }

    /// <summary>Where the steps send the file by channel ("gửi trực tiếp hoặc qua dịch vụ bưu chính đến Sở Tư pháp"), when that is an office.</summary>
    private static string? SentToInSteps(Procedure procedure)
    {
        var steps = procedure.GetSection(SectionKind.Steps);
        return steps is null
            ? null
            : SectionLines.Of(steps)
                .Select(line => PlaceAfterChannels().Match(line))
                .Where(m => m.Success && IsAPlace(m.Groups["place"].Value))
                .Select(m => Clean(m.Groups["place"].Value))
                .FirstOrDefault(p => NamesAnOffice(p) && !OnlyReceives(p) && !NamesARole(p));
    }

    /// <summary>
    /// The portal's "Địa chỉ tiếp nhận hồ sơ" when it reads as one place: not a step or a list of channels ("Bước 1: …",
    /// "- Trực tiếp hoặc …"), a sentence about the applicant the crawl cut, a web address, an office in another
    /// province ("tỉnh Hà Tĩnh"), or longer than a place; null otherwise, and the agency is told instead.
    /// </summary>
    private static string? ReadableAddress(string text)
    {
        if (text.Length is < 6 or > MaxLength || !(char.IsUpper(text[0]) || char.IsDigit(text[0])) || text.StartsWith("Bước", StringComparison.Ordinal)
            || text.Contains("http", StringComparison.OrdinalIgnoreCase) || AnotherProvince().IsMatch(text) || !IsAPlace(text)
            || !(NamesAnOffice(text) || StreetAddress().IsMatch(text)))
        {
            return null;
        }

        return Clean(text);
    }

    /// <summary>The agency that carries <paramref name="procedure"/> out, as a place; null when the record names none.</summary>
    public static string? AgencyOf(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        return string.IsNullOrWhiteSpace(procedure.Agency) ? null : Clean(procedure.Agency);
    }

    /// <summary>
    /// Whether <paramref name="place"/> says only that someone receives the file ("cơ quan tiếp nhận hồ sơ", "cơ quan, đơn
    /// vị tiếp nhận hồ sơ, giải quyết thủ tục hành chính", "Bộ phận tiếp nhận", "Các cơ quan, tổ chức liên quan"):
    /// "nộp hồ sơ tại cơ quan tiếp nhận hồ sơ" tells nothing.
    /// </summary>
    public static bool OnlyReceives(string place)
    {
        ArgumentNullException.ThrowIfNull(place);
        var folded = VietnameseText.Fold(place);
        return folded is "co quan tiep nhan ho so" or "co quan don vi tiep nhan ho so giai quyet thu tuc hanh chinh"
            or "co quan tiep nhan ho so giai quyet thu tuc hanh chinh" or "bo phan tiep nhan" or "bo phan tiep nhan ho so"
            or "bo phan tiep nhan va tra ket qua" or "cac co quan to chuc lien quan" or "co quan to chuc lien quan";
    }

    /// <summary>
    /// Whether <paramref name="place"/> names an office only by what it does ("cơ quan cấp giấy phép lái xe", "cơ quan
    /// đăng ký xe"): no proper name, so a citizen cannot tell which office to go to from it alone.
    /// </summary>
    public static bool NamesARole(string place)
    {
        ArgumentNullException.ThrowIfNull(place);
        var trimmed = place.Trim();
        return trimmed.StartsWith("cơ quan ", StringComparison.OrdinalIgnoreCase) && !trimmed[1..].Any(char.IsUpper);
    }

    /// <summary>
    /// Whether <paramref name="place"/> names somewhere to go: an office, a one-stop desk, a portal, or an agency
    /// written in capitals ("UBCKNN"), not a piece of a sentence ("Hệ thống quản lý công tác", "khoản 2 điều này").
    /// </summary>
    public static bool NamesAnOffice(string place)
    {
        ArgumentNullException.ThrowIfNull(place);
        // "khoản 2 Điều 42 Luật TNBTCNN" points to a law, whose abbreviation is not an agency.
        if (LegalPointer().IsMatch(VietnameseText.Fold(place.Trim())))
        {
            return false;
        }

        // As written, with accents: folded, "công tác" would be the "cổng" of a portal and "số" an office ("sở").
        var words = " " + string.Join(' ', new TokenizedText(place).Words) + " ";
        return OfficeWords.Any(w => words.Contains(" " + w + " ", StringComparison.Ordinal)) || Acronyms.Any(place);
    }

    // Words that name an office, a desk or a portal, lower case with accents.
    private static readonly string[] OfficeWords =
    [
        "cơ quan", "công an", "ủy ban", "uỷ ban", "ubnd", "sở", "phòng", "trung tâm", "bộ phận", "bưu chính", "bưu điện", "cục",
        "kho bạc", "tòa án", "toà án", "văn phòng", "chi nhánh", "bảo hiểm", "trường", "bệnh viện", "ban", "tổ chức", "hội đồng",
        "cảng", "đơn vị", "thuế", "bộ", "cổng", "một cửa", "trụ sở", "cảnh sát", "viện", "đại sứ quán", "lãnh sự", "hải quan",
        "ngân hàng", "quỹ", "kiểm lâm", "vụ", "thanh tra", "địa chỉ", "nơi", "hệ thống thông tin", "dịch vụ công", "công ty",
        "doanh nghiệp", "chủ đầu tư",
    ];

    /// <summary>Not an amount ("cơ quan đại diện: 10 USD/bản") nor a pointer to a list the answer does not show ("… sau đây").</summary>
    private static bool IsAPlace(string place)
    {
        var folded = VietnameseText.Fold(place);
        return !NotAPlace().IsMatch(folded) && !place.TrimEnd().EndsWith(':');
    }

    private static string Clean(string place)
    {
        var text = place.Trim().TrimEnd('.', ';', ',', ':');
        foreach (var end in PlaceEnds)
        {
            var cut = text.IndexOf(end, StringComparison.Ordinal);
            if (cut > 10)
            {
                text = text[..cut];
            }
        }

        // The crawl runs the next list item on ("Cơ sở đăng kiểm b) Giải quyết TTHC"): the place ends before it.
        if (NextListItem().Match(text) is { Success: true, Index: > 10 } item)
        {
            text = text[..item.Index].TrimEnd('.', ';', ',', ':', ' ');
        }

        // The crawl repeats the preposition ("trực tiếp tại tại bất kỳ Trung tâm …").
        if (text.StartsWith("tại ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
        }

        // The catalogue capitalises levels mid-sentence ("Công an cấp Xã").
        return TextClip.Clip(LevelCase().Replace(text, m => m.Value.ToLowerInvariant()), MaxLength);
    }

    // "Trực tiếp tại …", "Nộp hồ sơ trực tiếp tại …", "Hồ sơ gửi trực tiếp đến …", "Tại TTPVHCC cấp tỉnh, xã".
    [GeneratedRegex(@"(?:(?:[Nn]ộp hồ sơ |[Hh]ồ sơ gửi |[Nn]ộp |[Gg]ửi )(?:trực tiếp\s+)?(?:tại|đến|về)|[Tt]rực tiếp\s+(?:nộp hồ sơ\s+)?(?:tại|đến)|(?:^|[.;]\s)[Tt]ại)\s+(?<place>[^.;]{6,300}?)(?=\s+-\s|\.\s|;|\.?$)")]
    private static partial Regex PlaceInNote();

    // "… nộp hồ sơ (đăng ký kết hôn) tại|đến …", "nộp đơn yêu cầu hòa giải … tại …", up to the end of the clause.
    // "Người nộp hồ sơ …" is the applicant and "không tiếp nhận hồ sơ" a refusal, not where the file goes; the words
    // between may not start another clause ("để …").
    [GeneratedRegex(@"(?<!\b(?:người|không)\s)\b(?:(?:nộp|gửi|tiếp\s+nhận)\s+(?:01\s+bộ\s+)?hồ\s+sơ|nộp\s+đơn(?!\s+vị))(?:\s+(?!để\b)[\p{L}-]+){0,12}?\s+(?:tại|đến|về|cho)\s+(?<place>[^.;:(]{6,200}?)(?=\s+(?:để|và|hoặc|theo|trong|nơi|kèm)\s|[.;:(]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceInSteps();

    // "nộp 01 bộ hồ sơ đề nghị cấp Chứng chỉ hành nghề đấu giá gửi trực tiếp hoặc qua dịch vụ bưu chính đến Sở Tư pháp",
    // "nộp trực tiếp hoặc … trực tuyến trên môi trường điện tử 01 bộ hồ sơ đến Sở Tư pháp": the paper's long name or the
    // channels keep the file and its destination too far apart for the pattern above.
    [GeneratedRegex(@"\b(?:gửi|nộp)\s+(?:hồ\s+sơ\s+)?(?:(?:trực\s+tiếp|trực\s+tuyến(?:\s+trên\s+môi\s+trường\s+điện\s+tử)?|qua\s+(?:dịch\s+vụ\s+)?bưu\s+chính)(?:,?\s+(?:hoặc|và)\s+)?)+\s*(?:01\s+bộ\s+hồ\s+sơ\s+)?(?:đến|tại|về)\s+(?<place>[^.;:(]{6,200}?)(?=\s+(?:để|và|hoặc|theo|trong|nơi|kèm)\s|[.;:(]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceAfterChannels();

    // Amounts, legal texts ("Thông tư số 86/2024/TT-BTC"), pointers to a list the answer does not show ("… sau đây", "một trong các địa điểm"), and the generic
    // "cơ quan, tổ chức có thẩm quyền", which tells a citizen nothing, and the applicant ("… hồ sơ cho NNT qua cổng"):
    // the agency says more.
    [GeneratedRegex(@"^muc\b|\d\s*(?:usd|dong|vnd)\b|\bsau day\b|\bcac co quan sau\b|\bmot trong (?:cac|nhung)\b|\bphu luc\b|\bcham nhat\b|\b(?:thong tu|nghi dinh|quyet dinh|luat)(?: so)? \d|^(?:nnt|nguoi nop|nguoi de nghi|nguoi yeu cau|to chuc, ca nhan|ca nhan)\b|^(?:den )?(?:cac |mot )?(?:co quan|to chuc|don vi)(?:,? (?:va |hoac )?(?:to chuc|co quan|don vi|nha nuoc|hanh chinh))* (?:nha nuoc )?co tham quyen\b")]
    private static partial Regex NotAPlace();

    // "119 Nguyễn Sơn, …", "Số 49 Lý Thái Tổ, …", "Ô D20 KĐT mới Cầu Giấy, …": a street address without an office's name.
    [GeneratedRegex(@"^(?:[Ss]ố\s+)?\d+[A-Za-z]?(?:/\d+)?\s+\p{Lu}|^Ô\s+\p{Lu}")]
    private static partial Regex StreetAddress();

    // "tỉnh Hà Tĩnh": one named province, which for a Hanoi citizen is not where to go ("tỉnh, thành phố" is any).
    [GeneratedRegex(@"\btỉnh\s+(?!Hà Nội)\p{Lu}")]
    private static partial Regex AnotherProvince();

    [GeneratedRegex(@"^(?:tai |theo )?(?:khoan|dieu|diem|muc|chuong) (?:\d|[a-z]\b)")]
    private static partial Regex LegalPointer();

    [GeneratedRegex(@"\s(?:[a-zđ]|\d{1,2})\)\s+\p{Lu}")]
    private static partial Regex NextListItem();

    [GeneratedRegex(@"(?<=cấp )(?:Xã|Tỉnh|Huyện|Bộ)")]
    private static partial Regex LevelCase();
}
