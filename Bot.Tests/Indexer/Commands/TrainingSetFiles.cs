using Bot.Tests.Evaluation;

namespace Bot.Tests.Indexer.Commands;

/// <summary>
/// What the learning commands' tests (<c>tune</c>, <c>learn-ranking</c>) learn from: four of the repository's records
/// in the test content folder and two small question sets, a citizen one (with an out-of-scope question, which
/// learning skips) and a formal one.
/// </summary>
internal static class TrainingSetFiles
{
    /// <summary>Writes the records and the sets; returns the two set files.</summary>
    public static async Task<(string Citizen, string Formal)> WriteAsync(IndexerTestContext test)
    {
        Directory.CreateDirectory(test.ProceduresPath);
        foreach (var procedure in new[] { "1.014064", "1.001456", "1.000894", "1.001612" })
        {
            File.Copy(Path.Combine(RepositoryFiles.Content, "procedures", procedure + ".md"), Path.Combine(test.ProceduresPath, procedure + ".md"));
        }

        var citizen = Path.Combine(test.Root, "citizen.jsonl");
        await File.WriteAllLinesAsync(citizen,
        [
            """{"question": "Mất thẻ căn cước thì cấp lại ở đâu?", "gold_codes": ["1.014064"]}""",
            """{"question": "dang ky ho kinh doanh", "gold_codes": ["1.001612"]}""",
            """{"question": "Ngày mai Hà Nội có mưa không?", "gold_codes": []}""",
        ]);
        var formal = Path.Combine(test.Root, "formal.jsonl");
        await File.WriteAllLinesAsync(formal,
        [
            """{"question": "Kính gửi Sở Tư pháp, hồ sơ đăng ký kết hôn gồm những giấy tờ gì?", "gold_codes": ["1.000894"]}""",
            """{"question": "Đề nghị cho biết thủ tục cấp hộ chiếu phổ thông ở trong nước?", "gold_codes": ["1.001456"]}""",
        ]);
        return (citizen, formal);
    }
}
