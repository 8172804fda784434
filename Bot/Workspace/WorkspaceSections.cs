namespace Bot.Workspace;

/// <summary>A part of the workspace the home page and the menu link to.</summary>
public sealed record WorkspaceSection(string Title, string Path, string Description);

/// <summary>
/// The workspace's sections in menu order. A section is shown only once a page answers its path, so sections built
/// separately (the procedure editor, publishing, the audit log) appear as soon as their pages are part of the host.
/// </summary>
public static class WorkspaceSections
{
    public static readonly IReadOnlyList<WorkspaceSection> All =
    [
        new("Hộp thư", EditorWorkspace.BasePath + "/hop-thu", "Câu hỏi trợ lý chưa trả lời được và câu trả lời bị đánh giá “Chưa hữu ích”, đã gộp theo nhu cầu."),
        new("Thủ tục", EditorWorkspace.BasePath + "/thu-tuc", "Tìm và sửa một thủ tục: tên gọi khác, phí, thời hạn, nơi nộp và các mục nội dung."),
        new("Xuất bản", EditorWorkspace.BasePath + "/xuat-ban", "Kiểm tra, xây dựng chỉ mục và đưa thay đổi vào trợ lý; quay lại bản trước khi cần."),
        new("Nhật ký", EditorWorkspace.BasePath + "/nhat-ky", "Ai đã thay đổi gì, khi nào, trong tệp nào."),
    ];
}
