using System.Text.Json.Serialization;

namespace KnowledgeBase.Import;

/// <summary>
/// One procedure as crawled from dichvucong.gov.vn (<c>raw/&lt;ministry&gt;/&lt;code&gt;.json</c>).
/// Every value is a string; "Không có thông tin" means the portal had nothing for the field.
/// </summary>
public sealed record CrawlRecord
{
    [JsonPropertyName("ma_thu_tuc")] public string? Code { get; init; }
    [JsonPropertyName("detail_url")] public string? DetailUrl { get; init; }
    [JsonPropertyName("ten_thu_tuc")] public string? Name { get; init; }
    [JsonPropertyName("so_quyet_dinh")] public string? Decision { get; init; }
    [JsonPropertyName("cap_thuc_hien")] public string? Levels { get; init; }
    [JsonPropertyName("loai_thu_tuc")] public string? ProcedureType { get; init; }
    [JsonPropertyName("linh_vuc")] public string? Field { get; init; }
    [JsonPropertyName("doi_tuong_thuc_hien")] public string? Applicants { get; init; }
    [JsonPropertyName("co_quan_co_tham_quyen")] public string? CompetentAgency { get; init; }
    [JsonPropertyName("co_quan_thuc_hien")] public string? ExecutingAgency { get; init; }
    [JsonPropertyName("co_quan_duoc_uy_quyen")] public string? AuthorizedAgency { get; init; }
    [JsonPropertyName("co_quan_phoi_hop")] public string? CoordinatingAgency { get; init; }
    [JsonPropertyName("dia_chi_tiep_nhan")] public string? SubmissionAddress { get; init; }
    [JsonPropertyName("thu_tuc_lien_quan")] public string? RelatedProcedures { get; init; }
    [JsonPropertyName("trinh_tu_thuc_hien")] public string? Steps { get; init; }
    [JsonPropertyName("cach_thuc_thuc_hien")] public string? ChannelTable { get; init; }
    [JsonPropertyName("thanh_phan_ho_so")] public string? DocumentTable { get; init; }
    [JsonPropertyName("can_cu_phap_ly")] public string? LegalBasisTable { get; init; }
    [JsonPropertyName("yeu_cau_dieu_kien")] public string? Requirements { get; init; }
    [JsonPropertyName("ket_qua_xu_ly")] public string? Result { get; init; }
    [JsonPropertyName("raw_text")] public string? RawText { get; init; }
}
