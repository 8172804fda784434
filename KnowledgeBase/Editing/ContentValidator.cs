using KnowledgeBase.Content;
using KnowledgeBase.Evaluation;
using KnowledgeBase.Search.Synonyms;

namespace KnowledgeBase.Editing;

/// <summary>
/// Checks an edited file's text with the readers <c>Indexer validate</c> and <c>build</c> use, so an editor sees the
/// same messages at the same line numbers before anything is written.
/// </summary>
public static class ContentValidator
{
    public static IReadOnlyList<ContentDiagnostic> Validate(string contentRoot, string relativePath, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (kind, _) = ContentPaths.Resolve(contentRoot, relativePath);
        var display = ContentLoader.DisplayName(contentRoot, relativePath);
        switch (kind)
        {
            case ContentFileKind.Synonyms:
                SynonymSet.Parse(text, display, out var synonymProblems);
                return synonymProblems;
            case ContentFileKind.Regressions:
                try
                {
                    RegressionReader.Read(new StringReader(text), display);
                    return [];
                }
                catch (RegressionFormatException e)
                {
                    return [ToDiagnostic(e)];
                }

            default:
                return ValidateProcedure(contentRoot, relativePath, text, display);
        }
    }

    /// <summary>A malformed regression line as a diagnostic, printed <c>file:line: error: problem</c> like the procedures' problems.</summary>
    public static ContentDiagnostic ToDiagnostic(RegressionFormatException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new(exception.SourceName ?? RegressionCase.FileName, exception.Line, DiagnosticSeverity.Error, exception.Problem ?? exception.Message);
    }

    private static List<ContentDiagnostic> ValidateProcedure(string contentRoot, string relativePath, string text, string display)
    {
        var read = ProcedureMarkdownReader.Read(text, display);
        var diagnostics = read.Diagnostics.ToList();
        if (read.Procedure is not { } procedure)
        {
            return diagnostics;
        }

        if (ContentLoader.FileNameMismatch(procedure) is { } mismatch)
        {
            diagnostics.Add(mismatch);
            // The catalogue-wide check of ContentLoader, for the one file that can now collide: the one named after the code.
            var owner = ContentPaths.ProcedureFile(procedure.Code);
            if (File.Exists(Path.Combine(contentRoot, owner)))
            {
                diagnostics.Add(ContentLoader.DuplicateCode(procedure, ContentLoader.DisplayName(contentRoot, owner)));
            }
        }

        return diagnostics;
    }
}
