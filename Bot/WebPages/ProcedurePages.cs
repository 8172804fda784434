using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search;

namespace Bot.WebPages;

/// <summary>
/// <c>/thu-tuc/{code}</c> (the procedure as a printable page, the target of answers' source links) and
/// <c>/api/procedures/{code}/checklist</c> (the documents to bring, for the kiosk's printed checklist).
/// </summary>
public static partial class ProcedurePages
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/thu-tuc/{code}", Page);
        routes.MapGet("/api/procedures/{code}/checklist", Checklist);
    }

    private static IResult Page(string code, bool? print, IServiceProvider services, ProcedurePageRenderer renderer)
    {
        var search = services.GetService<IProcedureSearch>();
        if (search is null || !search.IsLoaded)
        {
            return Results.Content(renderer.Unavailable(), "text/html; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var procedure = Find(search, code);
        return procedure is null
            ? Results.Content(renderer.NotFound(code.Length > 64 ? code[..64] : code), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound)
            : Results.Content(renderer.Render(procedure, print == true), "text/html; charset=utf-8");
    }

    private static IResult Checklist(string code, IServiceProvider services)
    {
        var search = services.GetService<IProcedureSearch>();
        if (search is null || !search.IsLoaded)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        var procedure = Find(search, code);
        if (procedure is null)
        {
            return Results.NotFound();
        }

        var documents = procedure.GetSection(SectionKind.Documents);
        return Results.Json(new ChecklistResponse(
            procedure.Code,
            procedure.Name,
            documents?.Items ?? [],
            procedure.Channels.Select(c => new ChecklistChannel(c.Channel, c.Time, c.Fee)).ToList(),
            procedure.Agency,
            procedure.SourceUrl,
            "/thu-tuc/" + Uri.EscapeDataString(procedure.Code)));
    }

    private static Procedure? Find(IProcedureSearch search, string code) =>
        CodePattern().IsMatch(code) ? search.GetByCode(code) : null;

    [GeneratedRegex("^[0-9A-Za-z._-]{1,32}$")]
    private static partial Regex CodePattern();

    private sealed record ChecklistResponse(
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("documents")] IReadOnlyList<string> Documents,
        [property: JsonPropertyName("channels")] IReadOnlyList<ChecklistChannel> Channels,
        [property: JsonPropertyName("agency")] string? Agency,
        [property: JsonPropertyName("sourceUrl")] string? SourceUrl,
        [property: JsonPropertyName("pageUrl")] string PageUrl);

    private sealed record ChecklistChannel(
        [property: JsonPropertyName("channel")] string Channel,
        [property: JsonPropertyName("time")] string? Time,
        [property: JsonPropertyName("fee")] string? Fee);
}
