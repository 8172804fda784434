using System.ComponentModel;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search;
using Microsoft.SemanticKernel;

namespace Bot.Llm;

/// <summary>
/// The knowledge base as Semantic Kernel functions, so clients of the shared <see cref="Kernel"/> can let a model
/// look procedures up by tool calling. The bot's own answer path does not use them: it grounds the prompt itself.
/// </summary>
public sealed class KnowledgeBasePlugin(IProcedureSearch search)
{
    public const string PluginName = "knowledge_base";
    private const int MaxResults = 5;

    [KernelFunction("search_procedures")]
    [Description("Searches the catalogue of Vietnamese administrative procedures. Returns the best matches with their catalogue code, name, agency, the section that matched and a snippet.")]
    public IReadOnlyList<ProcedureMatch> SearchProcedures(
        [Description("The citizen's question or keywords, in Vietnamese (diacritics optional)")] string query,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(query) || !search.IsLoaded)
        {
            return [];
        }

        return search.Search(new SearchRequest(query) { MaxResults = MaxResults }, cancellationToken)
            .Select(hit => new ProcedureMatch(
                hit.Procedure.Code,
                hit.Procedure.Name,
                hit.Procedure.Agency,
                hit.BestSection is { } best ? best.ToString() : null,
                hit.Snippet))
            .ToArray();
    }

    [KernelFunction("get_procedure_section")]
    [Description("Returns one section of a procedure as Markdown, by catalogue code (e.g. 1.014061) and section: Steps, Channels, Documents, ProcessingTime, Fees, Applicants, Agency, Requirements, Result or LegalBasis (or the Vietnamese heading).")]
    public string GetProcedureSection(
        [Description("Catalogue code, e.g. 1.014061")] string code,
        [Description("Section name, e.g. Fees or \"Phí, lệ phí\"")] string section)
    {
        var procedure = string.IsNullOrWhiteSpace(code) ? null : search.GetByCode(code.Trim());
        if (procedure is null)
        {
            return $"No procedure with code '{code}' in the catalogue.";
        }

        if (!TryParseSection(section, out var kind))
        {
            return $"Unknown section '{section}'. Known sections: {string.Join(", ", SectionHeadings.All)}.";
        }

        var found = procedure.GetSection(kind);
        return found is null || found.Markdown.Length == 0
            ? $"Procedure {procedure.Code} has no section {kind}."
            : $"[{procedure.Code}] {procedure.Name}\n## {found.Heading}\n{found.Markdown}";
    }

    private static bool TryParseSection(string? section, out SectionKind kind)
    {
        kind = default;
        if (string.IsNullOrWhiteSpace(section))
        {
            return false;
        }

        return (Enum.TryParse(section.Trim(), ignoreCase: true, out kind) && Enum.IsDefined(kind)) ||
               SectionHeadings.TryParse(section, out kind);
    }
}

/// <summary>One search result as a tool-calling model sees it.</summary>
public sealed record ProcedureMatch(string Code, string Name, string? Agency, string? BestSection, string Snippet);
