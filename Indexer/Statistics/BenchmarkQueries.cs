using System.Text;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search;
using KnowledgeBase.Search.Synonyms;

namespace Indexer.Statistics;

/// <summary>
/// A reproducible mix of the queries the Bot sees: pieces of procedure names with and without diacritics, synonym
/// phrases with intent words, codes, and hostile garbage (syntax characters, kilobytes of noise).
/// </summary>
internal static class BenchmarkQueries
{
    private static readonly string[] Intents = ["bao lâu", "lệ phí bao nhiêu", "cần giấy tờ gì", "nộp ở đâu", "làm lại", "mất", "có mất phí không"];
    private const string Noise = "abcdeghiklmnopqrstuvxyđăâêôơưáàảãạ0123456789 \"(*?~:\\/[]{}^!+-&|'<>%$#@";

    public static List<string> Generate(IReadOnlyList<Procedure> procedures, string synonymsPath, int count, int seed)
    {
        var random = new Random(seed);
        var phrases = SynonymPhrases(synonymsPath);
        var queries = new List<string>(count);
        while (queries.Count < count)
        {
            var procedure = procedures[random.Next(procedures.Count)];
            var query = random.Next(10) switch
            {
                0 or 1 => NamePiece(procedure.Name, random),
                2 or 3 => FoldedKey.Of(NamePiece(procedure.Name, random)),
                4 => procedure.Name,
                5 => NamePiece(procedure.Name, random) + " " + Intents[random.Next(Intents.Length)],
                6 when phrases.Count > 0 => phrases[random.Next(phrases.Count)] + " " + Intents[random.Next(Intents.Length)],
                7 => "thủ tục " + procedure.Code,
                8 => Garbage(random, random.Next(1, 200)),
                _ => random.Next(20) == 0 ? Garbage(random, 10_240) : FoldedKey.Of(procedure.Name),
            };
            queries.Add(query);
        }

        return queries;
    }

    private static string NamePiece(string name, Random random)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var length = Math.Min(words.Length, random.Next(2, 7));
        var start = random.Next(words.Length - length + 1);
        return string.Join(' ', words.Skip(start).Take(length));
    }

    private static string Garbage(Random random, int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(Noise[random.Next(Noise.Length)]);
        }

        return builder.ToString();
    }

    private static List<string> SynonymPhrases(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        return File.ReadLines(path)
            .Select(line => SynonymFileFormat.ParseLine(line, out _))
            .OfType<SynonymRule>()
            .SelectMany(rule => rule.From)
            .ToList();
    }
}
