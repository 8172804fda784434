using System.Text;
using System.Text.Json;
using Bot.Tests.Fuzzing;
using CsCheck;
using KnowledgeBase.Content;
using KnowledgeBase.Import;

namespace Bot.Tests.KnowledgeBase.Import;

/// <summary>
/// The importer on real crawl records mutated at random (hostile text inserted into any field, fields cut or replaced)
/// and on hostile JSON: it either imports or refuses the record with the errors the import command reports per file,
/// never anything else, and what it imports can be written and read back without throwing.
/// </summary>
public sealed class CrawlRecordMapperFuzzTests
{
    private static readonly string[] RecordJson = Directory.GetFiles(CrawlFixtures.Folder, "*.json", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .ToArray();

    private static readonly string[] FieldNames = typeof(CrawlRecord).GetProperties()
        .Select(p => p.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonPropertyNameAttribute), false)
            .Cast<System.Text.Json.Serialization.JsonPropertyNameAttribute>().Single().Name)
        .ToArray();

    /// <summary>A real record with one to four fields mutated: hostile text inserted, the value cut, replaced or removed.</summary>
    private static readonly Gen<CrawlRecord> MutatedRecord =
        Gen.Select(Gen.Int[0, RecordJson.Length - 1], Mutation.Array[1, 4], (index, mutations) =>
        {
            var fields = JsonSerializer.Deserialize<Dictionary<string, string?>>(RecordJson[index])!;
            foreach (var (field, kind, position, text) in mutations)
            {
                var name = FieldNames[field % FieldNames.Length];
                var value = fields.GetValueOrDefault(name) ?? "";
                var at = value.Length == 0 ? 0 : position % (value.Length + 1);
                fields[name] = kind switch
                {
                    0 => value.Insert(at, text),
                    1 => value[..at],
                    2 => text,
                    _ => null,
                };
            }

            return JsonSerializer.Deserialize<CrawlRecord>(JsonSerializer.Serialize(fields))!;
        });

    private static Gen<(int Field, int Kind, int Position, string Text)> Mutation =>
        Gen.Select(Gen.Int[0, 100], Gen.Int[0, 3], Gen.Int[0, int.MaxValue], HostileInput.Text);

    [Fact]
    public void MutatedRecordsAreImportedOrRefusedCleanly() =>
        MutatedRecord.Sample(record => HostileInput.Bounded(() =>
        {
            ImportedProcedure imported;
            try
            {
                imported = CrawlRecordMapper.Map(record, "bo-tu-phap", new DateOnly(2026, 11, 25));
            }
            catch (FormatException)
            {
                return; // Refused: the import command reports it for this file and goes on.
            }

            var markdown = ProcedureMarkdownWriter.Write(imported.Procedure);
            Assert.NotNull(ProcedureMarkdownReader.Read(markdown, imported.Procedure.Code + ".md"));
        }), iter: HostileInput.Iterations, threads: 1);

    [Fact]
    public void HostileFileBytesAreEitherARecordOrAJsonError() =>
        Gen.OneOf(
                HostileInput.Text.Select(Encoding.UTF8.GetBytes),
                HostileInput.Fragmented.Select(s => Encoding.UTF8.GetBytes("{\"ma_thu_tuc\": \"" + s + "\", \"ten_thu_tuc\": " + s + "}")),
                Gen.Byte.Array[0, 400])
            .Sample(bytes => HostileInput.Bounded(() =>
            {
                // As the import command reads a file: a stream of bytes, not a string.
                try
                {
                    using var stream = new MemoryStream(bytes);
                    var record = JsonSerializer.Deserialize<CrawlRecord>(stream);
                    if (record is not null)
                    {
                        CrawlRecordMapper.Map(record, "x", new DateOnly(2026, 1, 1));
                    }
                }
                catch (Exception ex) when (ex is JsonException or FormatException)
                {
                    // The two errors the import command catches per file.
                }
            }), iter: HostileInput.Iterations, threads: 1);
}
