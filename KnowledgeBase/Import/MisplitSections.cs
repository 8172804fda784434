namespace KnowledgeBase.Import;

/// <summary>
/// The crawler split each record at the first occurrence of each section heading in the page text. Social insurance
/// records say "lập hồ sơ theo quy định tại mục 5.3 (Thành phần hồ sơ)" inside their steps, so their steps stop at
/// "(", the documents field holds the rest of the steps from ")", and the real document table is only in the page
/// text. This puts the steps back together and takes the documents from where the page has them.
/// </summary>
public static class MisplitSections
{
    private const string DocumentsHeading = "Thành phần hồ sơ";
    private const string LegalBasisHeading = "Căn cứ pháp lý";

    public static (string? Steps, string? Documents) Repair(CrawlRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var (steps, documents) = (record.Steps, record.DocumentTable);
        if (steps is null || documents is null || !steps.TrimEnd().EndsWith('(') || !documents.TrimStart().StartsWith(')'))
        {
            return (steps, documents);
        }

        return (steps.TrimEnd() + DocumentsHeading + documents.TrimStart(), DocumentTableIn(record.RawText));
    }

    /// <summary>The text under the documents heading that is a heading, not a reference in brackets, up to the legal basis; null when the page has none.</summary>
    private static string? DocumentTableIn(string? page)
    {
        if (page is null)
        {
            return null;
        }

        for (var at = page.IndexOf(DocumentsHeading, StringComparison.Ordinal); at >= 0; at = page.IndexOf(DocumentsHeading, at + 1, StringComparison.Ordinal))
        {
            if (at > 0 && page[at - 1] == '(')
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
