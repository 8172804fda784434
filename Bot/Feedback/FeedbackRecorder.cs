using KnowledgeBase.Feedback;
using Microsoft.Extensions.Logging;

namespace Bot.Feedback;

/// <summary>
/// Records ratings and unanswered questions in the durable log. A failing disk must not fail the conversation,
/// so errors are logged and the citizen still gets an answer.
/// </summary>
public sealed class FeedbackRecorder
{
    private readonly FeedbackLog _log;
    private readonly TimeProvider _time;
    private readonly ILogger<FeedbackRecorder> _logger;

    public FeedbackRecorder(FeedbackLog log, TimeProvider time, ILogger<FeedbackRecorder> logger)
    {
        _log = log;
        _time = time;
        _logger = logger;
    }

    public string Folder => _log.Folder;

    public DateTimeOffset Now => _time.GetUtcNow();

    public async Task RecordAsync(FeedbackRecord record, CancellationToken cancellationToken)
    {
        try
        {
            await _log.AppendAsync(record, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogError(ex, "Could not record {Kind} feedback in {Folder}", record.Kind, _log.Folder);
        }
    }
}
