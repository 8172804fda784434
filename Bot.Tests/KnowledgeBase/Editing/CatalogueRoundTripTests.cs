using Bot.Tests.Evaluation;
using global::KnowledgeBase.Content;

namespace Bot.Tests.KnowledgeBase.Editing;

/// <summary>The inbox adds an alias by reading a procedure and writing it back; on the real catalogue that must change nothing else.</summary>
public sealed class CatalogueRoundTripTests
{
    [Fact]
    public void Every_catalogue_file_is_written_back_byte_for_byte_so_an_added_alias_is_the_only_change()
    {
        var changed = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryFiles.Content, ContentLoader.ProceduresFolder), "*.md"))
        {
            var text = File.ReadAllText(file);
            var procedure = ProcedureMarkdownReader.Read(text, file).Procedure;
            if (procedure is null || ProcedureMarkdownWriter.Write(procedure) != text)
            {
                changed.Add(Path.GetFileName(file));
            }
        }

        Assert.True(changed.Count == 0, $"{changed.Count} files would be rewritten: {string.Join(", ", changed.Take(20))}");
    }
}
