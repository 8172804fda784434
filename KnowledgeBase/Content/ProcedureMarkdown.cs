using Markdig;

namespace KnowledgeBase.Content;

/// <summary>The one Markdig pipeline shared by the reader, the validator and the HTML renderer.</summary>
public static class ProcedureMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .Build();

    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);
}
