using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Bot.Templates;
using KnowledgeBase.Procedures;

namespace Bot.WebPages;

/// <summary>Fills the procedure page templates (embedded <c>Templates/*.html</c>); every value is HTML-encoded or rendered by <see cref="SafeMarkdownHtml"/>.</summary>
public sealed class ProcedurePageRenderer
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
    private readonly string _page = Template("procedure.html");
    private readonly string _notFound = Template("not-found.html");
    private readonly string _unavailable = Template("unavailable.html");
    private readonly TemplateCatalog _templates;

    public ProcedurePageRenderer(TemplateCatalog templates) => _templates = templates;

    public string NotFound(string code) => _notFound.Replace("{{code}}", Html.Encode(code), StringComparison.Ordinal);

    public string Unavailable() => _unavailable;

    public string Render(Procedure procedure, bool printMode)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        // The labels of the facts table: the catalogue's map "procedure_labels".
        var labels = new Labels(_templates);
        var meta = new StringBuilder();
        void Row(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                meta.Append("<tr><th scope=\"row\">").Append(Html.Encode(labels[label])).Append("</th><td>").Append(Html.Encode(value)).Append("</td></tr>\n");
            }
        }

        Row("code", procedure.Code);
        Row("levels", procedure.LevelText);
        Row("field", procedure.Field);
        Row("agency", procedure.Agency);
        Row("applicant", procedure.Applicant);
        Row("audience", procedure.Audience);
        Row("decision", procedure.Decision);
        Row("updated", procedure.Updated?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));

        // The family: the same procedure at other levels or online-only, one link each (computed by the index build).
        var family = new StringBuilder();
        foreach (var member in procedure.Family?.Members.Where(m => m.Code != procedure.Code) ?? [])
        {
            var level = member.Level.Length > 0 ? member.Level : labels["family_no_level"];
            family.Append(family.Length == 0 ? "" : ", ")
                .Append("<a href=\"/thu-tuc/").Append(Html.Encode(member.Code)).Append("\">")
                .Append(Html.Encode(member.OnlineOnly ? $"{level}, {labels["family_online"]}" : level))
                .Append(" (").Append(Html.Encode(labels["code"].ToLowerInvariant())).Append(' ').Append(Html.Encode(member.Code)).Append(")</a>");
        }

        if (family.Length > 0)
        {
            meta.Append("<tr class=\"procedure__family\"><th scope=\"row\">").Append(Html.Encode(labels["family"])).Append("</th><td>").Append(family).Append("</td></tr>\n");
        }

        var channels = new StringBuilder();
        foreach (var channel in procedure.Channels)
        {
            channels.Append("<tr><td>").Append(Html.Encode(channel.Channel)).Append("</td><td>").Append(Html.Encode(channel.Time ?? ""))
                .Append("</td><td>").Append(Html.Encode(channel.Fee ?? "")).Append("</td><td>").Append(Html.Encode(channel.Note ?? "")).Append("</td></tr>\n");
        }

        var sections = new StringBuilder();
        foreach (var section in procedure.Sections)
        {
            sections.Append("<section class=\"procedure-section\" id=\"").Append(section.Kind.ToString().ToLowerInvariant()).Append("\">\n<h2>")
                .Append(Html.Encode(SectionHeadings.HeadingOf(section.Kind))).Append("</h2>\n")
                .Append(SafeMarkdownHtml.Render(section.Markdown)).Append("</section>\n");
        }

        var source = Uri.TryCreate(procedure.SourceUrl, UriKind.Absolute, out var sourceUri) &&
                     (sourceUri.Scheme == Uri.UriSchemeHttps || sourceUri.Scheme == Uri.UriSchemeHttp)
            ? $"<a href=\"{Html.Encode(sourceUri.AbsoluteUri)}\" rel=\"noopener noreferrer\" target=\"_blank\">{Html.Encode(labels["source"])}</a>"
            : "";

        return _page
            .Replace("{{bodyClass}}", printMode ? "print-mode" : "", StringComparison.Ordinal)
            .Replace("{{title}}", Html.Encode(procedure.Name), StringComparison.Ordinal)
            .Replace("{{code}}", Html.Encode(procedure.Code), StringComparison.Ordinal)
            .Replace("{{meta}}", meta.ToString(), StringComparison.Ordinal)
            .Replace("{{channelsHidden}}", procedure.Channels.Count == 0 ? "hidden" : "", StringComparison.Ordinal)
            .Replace("{{channels}}", channels.ToString(), StringComparison.Ordinal)
            .Replace("{{sections}}", sections.ToString(), StringComparison.Ordinal)
            .Replace("{{source}}", source, StringComparison.Ordinal);
    }

    private static string Template(string name) => TemplateFiles.Read("Bot.WebPages.Templates." + name);

    private readonly struct Labels(TemplateCatalog templates)
    {
        public string this[string key] =>
            templates.Lookup("procedure_labels", key) ?? throw new KeyNotFoundException($"template 'procedure_labels.{key}' is missing");
    }
}
