using CsCheck;

namespace Bot.Tests.Fuzzing;

/// <summary>
/// Generators of random and hostile text for the property tests: random Unicode (lone surrogates, NUL, combining
/// marks), fragments that mean something to Markdown, YAML, HTML and Lucene glued at random, huge lines, deep
/// nesting. Sizes are bounded so every case runs in milliseconds.
/// </summary>
internal static class HostileInput
{
    /// <summary>Cases per property: enough to hit the odd combinations, few enough for seconds per test.</summary>
    public const long Iterations = 400;

    private static readonly string[] Fragments =
    [
        "---", "\n", "\r\n", "\r", "\0", "\t", " ", "  ", "- ", "  - ", "    - ", "* ", "1. ", "2) ", "## ", "# ", "### ", ">",
        "|", "| --- |", "```", "~~~", "    ", ":", ": ", "code:", "name:", "levels:", "aliases:", "source:", "[", "]", "{", "}",
        "\"", "'", "*", "?", "~", "\\", "/", "^", "!", "(", ")", "+", "-", "&&", "||", "AND", "OR", "NOT", "TO", "*:*", "field:",
        "name:\"", "~2", "^10", "[a TO z]", "{* TO *}", "/regex.*/", "\uFEFF", "\u200B", "\u0301", "\u0323", "\uD800", "\uDFFF",
        "đăng ký", "khai sinh", "căn cước", "Thành phần hồ sơ", "Lệ phí", "Trình tự thực hiện", "<br>", "<table>", "</td>",
        "&nbsp;", "&#x0;", "𝔘𝔫𝔦", "💥", "yes", "null", "!!binary", "&a", "*a", "<<: *a", "? ", "%YAML 1.2", ">-", "|-", "- [", "{{",
        "1.000001", "Cấp tỉnh", "Cấp xã", "\u00A0", "\u2028", "ﬀ", "İ", "ß",
    ];

    /// <summary>Any UTF-16 code units, including lone surrogates and control characters.</summary>
    public static readonly Gen<string> RandomUnicode = Gen.Char.Array[0, 300].Select(chars => new string(chars));

    /// <summary>Meaningful fragments, random words and single characters glued in random order.</summary>
    public static readonly Gen<string> Fragmented = Gen.OneOf(Gen.OneOf(Fragments), Gen.String[0, 6], Gen.Char.Select(c => c.ToString()))
        .Array[0, 60]
        .Select(string.Concat);

    /// <summary>One line of tens of thousands of characters.</summary>
    public static readonly Gen<string> HugeLine = Gen.Select(Gen.Int[5_000, 60_000], Gen.OneOf("a", "đ", "(", "\"", "*", "- ", "|", "\\"),
        (count, unit) => string.Concat(Enumerable.Repeat(unit, count)));

    /// <summary>Lists, block quotes or brackets nested hundreds of levels deep.</summary>
    public static readonly Gen<string> DeepNesting = Gen.Select(Gen.Int[1, 400], Gen.OneOf("list", "quote", "brackets", "emphasis"), (depth, kind) => kind switch
    {
        "list" => string.Join('\n', Enumerable.Range(0, depth).Select(i => new string(' ', i * 2) + "- mục " + i)),
        "quote" => new string('>', depth) + " trích dẫn",
        "brackets" => new string('(', depth) + "khai sinh" + new string(')', depth / 2),
        _ => string.Concat(Enumerable.Repeat("*_", depth)) + "chữ",
    });

    /// <summary>A mix of everything above.</summary>
    public static readonly Gen<string> Text = Gen.Frequency((4, Fragmented), (3, RandomUnicode), (1, HugeLine), (1, DeepNesting));

    /// <summary>
    /// Runs one case on the thread pool and fails if it does not finish within a generous bound: a hang detector,
    /// not a speed requirement (a case takes milliseconds).
    /// </summary>
    public static void Bounded(Action action)
    {
        var run = Task.Run(action);
        if (!run.Wait(TimeSpan.FromSeconds(30)))
        {
            throw new TimeoutException("a single fuzz case ran for more than 30 s: probably a hang");
        }

        run.GetAwaiter().GetResult();
    }
}
