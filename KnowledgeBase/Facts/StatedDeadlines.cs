using System.Text.RegularExpressions;
using KnowledgeBase.Procedures;
using KnowledgeBase.Text;

namespace KnowledgeBase.Facts;

/// <summary>
/// Deadlines the record's text states, as opposed to the processing-time field: the citizen's own ("chậm nhất là 03
/// ngày làm việc trước ngày tạm ngừng kinh doanh", "Trong thời hạn 60 ngày kể từ ngày sinh con, cha hoặc mẹ có
/// trách nhiệm đăng ký khai sinh") and the office's, when the steps say it and the time field does not ("Trong thời
/// hạn 01 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ, Cơ quan đăng ký kinh doanh cấp xã cấp giấy xác nhận").
/// </summary>
public static partial class StatedDeadlines
{
    private const int MaxLength = 200;

    private static readonly SectionKind[] Where = [SectionKind.Steps, SectionKind.Requirements, SectionKind.Documents];

    /// <summary>What the citizen must do by when, in the record's words; null when the record states no such deadline.</summary>
    public static string? ForCitizen(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        foreach (var sentence in Sentences(procedure))
        {
            // "Việc thông báo lưu trú được thực hiện trước 23 giờ của ngày bắt đầu lưu trú; trường hợp … sau 23 giờ thì
            // … trước 08 giờ ngày hôm sau": an hour of the day, with the case that moves it when the next clause says one.
            if (ByHour().Match(sentence) is { Success: true } byHour)
            {
                var clauses = sentence[byHour.Index..].Split(';');
                return TextClip.Clip(string.Join(";", clauses.Take(clauses.Length > 1 && ByHour().IsMatch(clauses[1]) ? 2 : 1)).TrimEnd('.', ' '), MaxLength);
            }

            // "… chậm nhất là 03 ngày làm việc trước ngày …", "… trước ít nhất 15 ngày …": from the deadline on.
            if (Latest().Match(sentence) is { Success: true } latest)
            {
                return Clause(sentence[latest.Index..]);
            }

            // "Trong thời hạn 60 ngày kể từ ngày sinh con, cha hoặc mẹ có trách nhiệm …": the whole sentence, when the
            // one who must act is not the office (that is the processing time) and the clock does not start with the file.
            if (Within().Match(sentence) is { Success: true } within
                && !OfficeActs().IsMatch(VietnameseText.Fold(within.Groups["rest"].Value))
                && !StartsWithTheFile().IsMatch(VietnameseText.Fold(within.Groups["from"].Value)))
            {
                return Clause(sentence[within.Index..]);
            }

            // "Bước 1: Hộ kinh doanh … gửi Thông báo … trong thời hạn 10 ngày làm việc kể từ ngày địa điểm kinh doanh đi
            // vào hoạt động": the citizen acts first, and the clock starts with their own event, not the file.
            if (ActorFirst().Match(sentence) is { Success: true } actorFirst
                && !StartsWithTheFile().IsMatch(VietnameseText.Fold(actorFirst.Groups["from"].Value))
                && ApplicantActs().IsMatch(VietnameseText.Fold(StepNumber().Replace(sentence[..actorFirst.Index], ""))))
            {
                return Clause(sentence[actorFirst.Index..]);
            }
        }

        return null;
    }

    /// <summary>The office's time as the steps state it (1 ngày làm việc, from "ngày nhận được hồ sơ hợp lệ"); null when they state none.</summary>
    public static (string Amount, string From)? ForOffice(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        foreach (var sentence in Sentences(procedure))
        {
            // "Trong thời hạn 01 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ, Cơ quan … cấp …", or the office first:
            // "Cơ quan … cấp Giấy chứng nhận … trong thời hạn 03 ngày làm việc kể từ ngày nhận hồ sơ".
            var within = Within().Match(sentence);
            var stated = within.Success && StartsWithTheFile().IsMatch(VietnameseText.Fold(within.Groups["from"].Value))
                         && OfficeActs().IsMatch(VietnameseText.Fold(within.Groups["rest"].Value))
                ? within
                : OfficeFirst().Match(sentence) is { Success: true } officeFirst && OfficeActs().IsMatch(VietnameseText.Fold(SubjectOf(sentence[..officeFirst.Index])))
                    ? officeFirst
                    : null;
            if (stated is not null)
            {
                var amount = ProcessingTime.Read(stated.Groups["amount"].Value) ?? stated.Groups["amount"].Value;
                return (amount, TextClip.Clip(stated.Groups["from"].Value.Trim(), MaxLength));
            }
        }

        return null;
    }

    /// <summary>
    /// The hour after which the result waits for the next working day, when the steps say so ("nếu tiếp nhận hồ sơ sau
    /// 15 giờ thì có Phiếu hẹn, trả kết quả … trong ngày làm việc tiếp theo"): the civil-status records whose time cell
    /// lost its unit in the crawl state their time this way only. Null when the steps do not.
    /// </summary>
    public static int? NextDayAfter(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        foreach (var sentence in Sentences(procedure))
        {
            if (AfterHour().Match(sentence) is { Success: true } after)
            {
                return int.Parse(after.Groups["hour"].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>Who acts in a sentence: what follows its "Trường hợp …," opening.</summary>
    private static string SubjectOf(string start)
    {
        var comma = start.IndexOf(", ", StringComparison.Ordinal);
        return VietnameseText.Fold(start.TrimStart()).StartsWith("truong hop", StringComparison.Ordinal) && comma > 0 ? start[(comma + 2)..] : start;
    }

    /// <summary>Up to the end of the clause: what follows a semicolon is another case ("; trường hợp …").</summary>
    private static string Clause(string text)
    {
        var end = text.IndexOf(';', StringComparison.Ordinal);
        return TextClip.Clip((end > 0 ? text[..end] : text).TrimEnd('.', ' '), MaxLength);
    }

    private static IEnumerable<string> Sentences(Procedure procedure) =>
        Where.Select(procedure.GetSection).OfType<ProcedureSection>()
            .SelectMany(SectionLines.Of)
            .SelectMany(line => SentenceEnd().Split(line))
            .Select(s => s.Trim())
            .Where(s => s.Length > 0);

    [GeneratedRegex(@"(?<=[.;])\s+(?=\p{Lu})")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(?:chậm nhất|muộn nhất)(?:\s+là)?\s+\d+\s+(?:ngày|tháng|năm)|\btrước\s+(?:ít nhất\s+)?\d+\s+(?:ngày|tháng)(?:\s+làm việc)?\s+(?:kể từ|so với|tính đến)?", RegexOptions.IgnoreCase)]
    private static partial Regex Latest();

    [GeneratedRegex(@"\btrước\s+\d{1,2}\s+giờ\b(?!\s+làm việc)", RegexOptions.IgnoreCase)]
    private static partial Regex ByHour();

    // "Trong (thời hạn|vòng) <amount> kể từ <event>, <who acts …>" or "… thì <who acts …>".
    [GeneratedRegex(@"\b[Tt]rong\s+(?:thời hạn|vòng)\s+(?<amount>\d+\s+(?:ngày làm việc|ngày|tháng|giờ làm việc|giờ))\s+kể từ\s+(?<from>[^,]{4,120}?)(?:,|\s+thì)\s+(?<rest>.{4,})", RegexOptions.IgnoreCase)]
    private static partial Regex Within();

    // "… trong thời hạn 03 ngày làm việc kể từ ngày nhận hồ sơ" after the office's action.
    [GeneratedRegex(@"\btrong\s+(?:thời hạn|vòng)\s+(?<amount>\d+\s+(?:ngày làm việc|ngày|giờ làm việc|giờ))\s+kể từ\s+(?<from>(?:ngày|khi|thời điểm)\s+(?:tiếp nhận|nhận)(?:\s+được)?(?:\s+đủ)?\s+(?:hồ sơ|đơn|văn bản|đề nghị)[^,.;]{0,40})", RegexOptions.IgnoreCase)]
    private static partial Regex OfficeFirst();

    // "… trong thời hạn 10 ngày làm việc kể từ ngày địa điểm kinh doanh đi vào hoạt động" after who acts.
    [GeneratedRegex(@"(?<=\S\s+)trong\s+(?:thời hạn|vòng)\s+\d+\s+(?:ngày làm việc|ngày|tháng)\s+kể từ\s+(?<from>[^.;]{4,160})", RegexOptions.IgnoreCase)]
    private static partial Regex ActorFirst();

    [GeneratedRegex(@"^[\s+\-*]*(?:Bước\s+\d+\s*[:.]\s*)?", RegexOptions.IgnoreCase)]
    private static partial Regex StepNumber();

    // Who acts first is the applicant ("Hộ kinh doanh, cá nhân kinh doanh … gửi Thông báo …"), not a case ("Trường hợp
    // hồ sơ đạt yêu cầu, …") or a paper whose validity runs ("Văn bản chấp thuận có hiệu lực trong thời hạn 24 tháng").
    [GeneratedRegex(@"^(?:ho kinh doanh|ho gia dinh|ca nhan|to chuc|cong dan|nguoi nop thue|nguoi su dung lao dong|nguoi lao dong|nguoi co yeu cau|nguoi de nghi|nguoi dan|doanh nghiep|chu (?:ho|dau tu|so huu|phuong tien|co so)|cha|me|vo|chong)\b")]
    private static partial Regex ApplicantActs();

    [GeneratedRegex(@"\b(?:nếu|trường hợp)\s+(?:tiếp nhận|nhận)(?:\s+được)?\s+hồ sơ\s+sau\s+(?<hour>\d{1,2})\s+giờ[^;]{0,200}?trả kết quả[^;]{0,160}?trong ngày làm việc tiếp theo", RegexOptions.IgnoreCase)]
    private static partial Regex AfterHour();

    // Who acts after the clause is an office: then it is the office's time, not the citizen's deadline.
    [GeneratedRegex(@"^(?:thi\s+)?(?:co quan|uy ban|ubnd|phong|so|cuc|bo|cong chuc|can bo|nguoi dung dau|chu tich|trung tam|van phong|chi cuc|bo phan|co so|thue|bao hiem|ngan hang|toa an|cong an|vien kiem sat|tham phan)\b")]
    private static partial Regex OfficeActs();

    // The clock starting with the file ("ngày nhận được hồ sơ hợp lệ") is the processing time.
    [GeneratedRegex(@"^(?:ngay|khi|thoi diem)\s+(?:tiep nhan|nhan)(?:\s+duoc)?(?:\s+du)?\s+(?:ho so|van ban|de nghi|don)")]
    private static partial Regex StartsWithTheFile();
}
