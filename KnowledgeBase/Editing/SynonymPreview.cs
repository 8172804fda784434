using KnowledgeBase.Configuration;
using KnowledgeBase.Content;
using KnowledgeBase.Evaluation;
using KnowledgeBase.Indexing;
using KnowledgeBase.Search;
using KnowledgeBase.Search.Synonyms;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Editing;

/// <summary>A question whose first hit a proposed synonym rule would change: from what the assistant finds now to what it would find.</summary>
public sealed record SynonymPreviewChange(string Question, string? BeforeCode, string? BeforeName, string? AfterCode, string? AfterName);

/// <summary>The outcome of a preview: the rule's problem when it is malformed, otherwise the questions it would move.</summary>
public sealed record SynonymPreviewResult(IReadOnlyList<ContentDiagnostic> Problems, int QuestionsTried, IReadOnlyList<SynonymPreviewChange> Changes);

/// <summary>
/// What a synonym rule would also change before an editor adds it: the given questions and every regression case are
/// searched in the published index and in a scratch index of the current content with the rule added, and each
/// question whose first hit differs is listed. The published index is untouched.
/// </summary>
public sealed class SynonymPreview(ContentStore store, IProcedureSearch published, IOptions<KnowledgeBaseOptions> options)
{
    public SynonymPreviewResult Preview(string rule, IReadOnlyCollection<string> questions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(questions);
        var line = string.Join(' ', rule.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var current = store.Read(IndexBuilder.SynonymsFile);
        var proposed = (current.Text.Length == 0 || current.Text.EndsWith('\n') ? current.Text : current.Text + "\n") + line + "\n";
        SynonymSet.Parse(proposed, ContentLoader.DisplayName(store.ContentRoot, IndexBuilder.SynonymsFile), out var problems);
        if (SynonymFileFormat.ParseLine(line, out var lineError) is null)
        {
            problems = [.. problems, new ContentDiagnostic(IndexBuilder.SynonymsFile, 0, DiagnosticSeverity.Error, lineError ?? ContentMessages.RuleEmpty)];
        }

        if (problems.Any(p => p.Severity == DiagnosticSeverity.Error))
        {
            return new SynonymPreviewResult(problems, 0, []);
        }

        var asked = questions
            .Concat(SafeRegressionQuestions(store.ContentRoot))
            .Where(q => !string.IsNullOrWhiteSpace(q))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var content = ContentLoader.Load(store.ContentRoot, cancellationToken: cancellationToken);
        using var scratch = ScratchIndexSearch.Create(content, store.ContentRoot, options.Value.Search, proposed, cancellationToken);
        var changes = new List<SynonymPreviewChange>();
        foreach (var question in asked)
        {
            var before = Top(published, question, cancellationToken);
            var after = Top(scratch, question, cancellationToken);
            if (!string.Equals(before?.Procedure.Code, after?.Procedure.Code, StringComparison.Ordinal))
            {
                changes.Add(new SynonymPreviewChange(question, before?.Procedure.Code, before?.Procedure.Name, after?.Procedure.Code, after?.Procedure.Name));
            }
        }

        return new SynonymPreviewResult(problems, asked.Count, changes);
    }

    private static SearchHit? Top(IProcedureSearch search, string question, CancellationToken cancellationToken) =>
        search.Search(new SearchRequest(question), cancellationToken) is [var first, ..] ? first : null;

    /// <summary>A broken regressions file is the save's business, not the preview's: it then adds no questions.</summary>
    private static IEnumerable<string> SafeRegressionQuestions(string contentRoot)
    {
        try
        {
            return RegressionReader.ReadContentFolder(contentRoot).Select(c => c.Question);
        }
        catch (RegressionFormatException)
        {
            return [];
        }
    }
}
