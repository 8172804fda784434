namespace KnowledgeBase.Import;

/// <summary>
/// The crawler split each record at the first occurrence of each section heading in the page text. Social insurance
/// records say "lập hồ sơ theo quy định tại mục 5.3 (Thành phần hồ sơ)" or "… tại mục Thành phần hồ sơ và nộp cho đơn
/// vị" inside their steps, so their steps stop at "(" or "mục", the documents field holds the rest of the steps, and
/// the real document table is only in the page text. This puts the steps back together and takes the documents from
/// where the page has them.
/// </summary>
public static class MisplitSections
{
    private const string DocumentsHeading = "Thành phần hồ sơ";
    private const string LegalBasisHeading = "Căn cứ pháp lý";

    public static (string? Steps, string? Documents) Repair(CrawlRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var (steps, documents) = (record.Steps, record.DocumentTable);
        if (steps is null || documents is null)
        {
            return (steps, documents);
        }

        if (steps.TrimEnd().EndsWith('(') && documents.TrimStart().StartsWith(')'))
        {
            return (steps.TrimEnd() + DocumentsHeading + documents.TrimStart(), DocumentTableIn(record.RawText));
        }

        if (EndsWithReference(steps) && DocumentTableIn(record.RawText) is { } table)
        {
            // "… lập hồ sơ theo quy định tại mục" + "và nộp cho đơn vị SDLĐ. Bước 2. …" goes on the same sentence;
            // + "Bước 2. Nộp hồ sơ …" starts the next step.
            var rest = documents.TrimStart();
            var joiner = rest.Length == 0 || char.IsPunctuation(rest[0]) ? "" : char.IsUpper(rest[0]) ? ".\n" : " ";
            return (steps.TrimEnd() + " " + DocumentsHeading + joiner + rest, table);
        }

        return (steps, documents);
    }

    private static bool EndsWithReference(string steps) => (steps.TrimEnd() + " ").EndsWith(" " + Reference, StringComparison.Ordinal);

    // The word the steps name the documents section with, when the crawler cut them there.
    private const string Reference = "mục ";

    /// <summary>The text under the documents heading that is a heading, not a reference in brackets, up to the legal basis; null when the page has none.</summary>
    private static string? DocumentTableIn(string? page)
    {
        if (page is null)
        {
            return null;
        }

        for (var at = page.IndexOf(DocumentsHeading, StringComparison.Ordinal); at >= 0; at = page.IndexOf(DocumentsHeading, at + 1, StringComparison.Ordinal))
        {
            if ((at > 0 && page[at - 1] == '(') || (at >= Reference.Length && page.AsSpan(at - Reference.Length, Reference.Length).SequenceEqual(Reference)))
            {
                continue;
            }

            var start = at + DocumentsHeading.Length;
            var end = page.IndexOf(LegalBasisHeading, start, StringComparison.Ordinal);
            return end < 0 ? null : page[start..end];
        }

        return null;
    }
}
