using Bot.Tests.Fuzzing;
using CsCheck;
using KnowledgeBase.Content;

namespace Bot.Tests.KnowledgeBase.Content;

/// <summary>Random and hostile files never make the reader throw or hang: problems come back as diagnostics.</summary>
public sealed class ProcedureMarkdownReaderFuzzTests
{
    private const string ValidFrontMatter = "---\ncode: 1.000001\nname: Đăng ký khai sinh\nlevels: [Cấp xã]\nministry: Bộ Tư pháp\nfield: Hộ tịch\n---\n";

    private static readonly Gen<string> FrontMatter = Gen.OneOf(
        Gen.Const(""),
        Gen.Const(ValidFrontMatter),
        Gen.Const("---\ncode: [\n"),
        Gen.Const("---\n---\n"),
        Gen.Const("---\r\ncode: 1.000001\r\nname: x\r\nlevels: [Cấp tỉnh]\r\n---\r\n"),
        Gen.Const("\uFEFF---\ncode: 1.000001\n"),
        HostileInput.Fragmented.Select(yaml => "---\n" + yaml + "\n---\n"),
        HostileInput.RandomUnicode.Select(yaml => "---\n" + yaml + "\n---\n"));

    private static readonly Gen<string> Section = Gen.Select(
        Gen.OneOf("Thành phần hồ sơ", "Lệ phí", "Trình tự thực hiện", "Cách thức thực hiện", "Không rõ", ""),
        HostileInput.Text,
        (heading, body) => "\n## " + heading + "\n\n" + body + "\n");

    private static readonly Gen<string> File = Gen.Select(FrontMatter, Section.Array[0, 5], (front, sections) => front + string.Concat(sections));

    [Fact]
    public void AnyFileGivesAResultWithoutThrowing() =>
        File.Sample(markdown => HostileInput.Bounded(() =>
        {
            var result = ProcedureMarkdownReader.Read(markdown, "fuzz.md");

            Assert.NotNull(result);
            Assert.True(result.Procedure is not null || result.Diagnostics.Count > 0, "no procedure and no diagnostic");
            if (result.Procedure is { } procedure)
            {
                // Whatever the reader accepts, the writer can write back.
                Assert.NotNull(ProcedureMarkdownWriter.Write(procedure));
            }
        }), iter: HostileInput.Iterations, threads: 1);

    [Fact]
    public void ArbitraryTextWithoutStructureNeverThrows() =>
        HostileInput.Text.Sample(text => HostileInput.Bounded(() => Assert.NotNull(ProcedureMarkdownReader.Read(text, "fuzz.md"))),
            iter: HostileInput.Iterations, threads: 1);
}
