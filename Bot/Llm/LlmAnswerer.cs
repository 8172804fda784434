using System.ClientModel;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Bot.Answers;
using Bot.Llm.Grounding;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Bot.Llm;

/// <summary>
/// The LLM path: prompt from the catalogue, one chat completion within <see cref="LlmOptions.TimeoutSeconds"/>,
/// then the <see cref="GroundednessGuard"/>. Any timeout, HTTP error, empty or ungrounded output yields null so the
/// bot sends its extractive answer; nothing is thrown to the caller.
/// </summary>
public sealed partial class LlmAnswerer(
    Kernel kernel,
    LlmPromptBuilder prompts,
    GroundednessGuard guard,
    LlmAnswerMetrics metrics,
    IOptions<LlmOptions> options,
    ILogger<LlmAnswerer> logger) : ILlmAnswerer
{
    public bool IsEnabled => options.Value.Enabled;

    public async Task<LlmAnswer?> TryAnswerAsync(LlmAnswerRequest request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        LlmAnswerPath path;
        LlmAnswer? answer = null;
        try
        {
            (path, answer) = await AnswerAsync(request, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogDebug("LLM call abandoned: the turn was cancelled");
            path = LlmAnswerPath.Skipped;
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("LLM call timed out after {TimeoutSeconds} s; sending the extractive answer", options.Value.TimeoutSeconds);
            path = LlmAnswerPath.Timeout;
        }
        catch (Exception ex) when (IsHttpFailure(ex, out var status))
        {
            logger.LogWarning("LLM call failed with HTTP status {Status}: {Message}; sending the extractive answer", status, ex.Message);
            path = LlmAnswerPath.HttpError;
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "LLM call failed; sending the extractive answer");
            path = LlmAnswerPath.Error;
        }

        metrics.Record(path);
        logger.LogInformation("Answer path {Path} after {ElapsedMs:F0} ms", LlmAnswerMetrics.PathTag(path),
            Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return answer;
    }

    private async Task<(LlmAnswerPath, LlmAnswer?)> AnswerAsync(LlmAnswerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        if (!settings.Enabled || request.Sources.Count == 0)
        {
            return (LlmAnswerPath.Skipped, null);
        }

        var prompt = prompts.Build(request);
        var history = new ChatHistory();
        history.AddSystemMessage(prompt.System);
        history.AddUserMessage(prompt.User);
        var execution = new OpenAIPromptExecutionSettings
        {
            MaxTokens = settings.MaxTokens,
            Temperature = settings.Temperature,
        };

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        var chat = kernel.GetRequiredService<IChatCompletionService>();
        string? text;
        if (settings.Streaming)
        {
            var builder = new StringBuilder();
            await foreach (var chunk in chat.GetStreamingChatMessageContentsAsync(history, execution, kernel, timeout.Token))
            {
                builder.Append(chunk.Content);
            }

            text = builder.ToString();
        }
        else
        {
            var message = await chat.GetChatMessageContentAsync(history, execution, kernel, timeout.Token);
            text = message.Content;
        }

        text = ReasoningBlock().Replace(text ?? "", "").Trim();
        if (text.Length == 0)
        {
            logger.LogInformation("LLM answer rejected: empty output");
            return (LlmAnswerPath.EmptyOutput, null);
        }

        if (IsUnknownAnswer(text))
        {
            logger.LogInformation("LLM declined: the sources do not answer the question");
            return (LlmAnswerPath.Declined, null);
        }

        var verdict = guard.Check(text, request.Sources);
        if (!verdict.IsGrounded)
        {
            logger.LogInformation("LLM answer rejected: {Reason}", verdict.Reason);
            return (LlmAnswerPath.Ungrounded, null);
        }

        return (LlmAnswerPath.Llm, new LlmAnswer(text, verdict.CitedCodes));
    }

    private bool IsUnknownAnswer(string text) =>
        string.Equals(text.Trim(' ', '"', '\u201C', '\u201D', '.'), prompts.UnknownAnswer.Trim(' ', '.'), StringComparison.OrdinalIgnoreCase);

    private static bool IsHttpFailure(Exception ex, out int? status)
    {
        switch (ex)
        {
            case HttpOperationException http:
                status = (int?)http.StatusCode;
                return true;
            case ClientResultException client:
                status = client.Status;
                return true;
            case HttpRequestException request:
                status = (int?)request.StatusCode;
                return true;
            default:
                status = null;
                return false;
        }
    }

    // Local reasoning models (served by Ollama or vLLM) may prefix their answer with their chain of thought.
    [GeneratedRegex(@"^\s*<think>.*?</think>", RegexOptions.Singleline)]
    private static partial Regex ReasoningBlock();
}
