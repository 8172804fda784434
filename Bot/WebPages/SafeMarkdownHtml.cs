using KnowledgeBase.Content;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Bot.WebPages;

/// <summary>
/// Renders catalogue Markdown with the shared pipeline, but as untrusted text: raw HTML is escaped and links that
/// are not http(s), mailto or site-relative are dropped, so imported content can never run script on our pages.
/// </summary>
public static class SafeMarkdownHtml
{
    public static string Render(string markdown)
    {
        var document = Markdown.Parse(markdown ?? "", ProcedureMarkdown.Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafeUrl(link.Url))
            {
                link.Url = "";
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!autolink.IsEmail && !IsSafeUrl(autolink.Url))
            {
                autolink.Url = "";
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        ProcedureMarkdown.Pipeline.Setup(renderer);

        // Raw HTML in content is shown as the text it is, never interpreted.
        renderer.ObjectRenderers.RemoveAll(r => r is Markdig.Renderers.Html.HtmlBlockRenderer or Markdig.Renderers.Html.Inlines.HtmlInlineRenderer);
        renderer.ObjectRenderers.Add(new EscapedHtmlBlockRenderer());
        renderer.ObjectRenderers.Add(new EscapedHtmlInlineRenderer());
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        var trimmed = url.Trim();
        if (trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }

        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) &&
               (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeMailto);
    }

    private sealed class EscapedHtmlBlockRenderer : Markdig.Renderers.Html.HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
        {
            renderer.Write("<p>");
            renderer.WriteLeafRawLines(obj, true, true);
            renderer.Write("</p>");
        }
    }

    private sealed class EscapedHtmlInlineRenderer : Markdig.Renderers.Html.HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline obj) => renderer.WriteEscape(obj.Tag);
    }
}
