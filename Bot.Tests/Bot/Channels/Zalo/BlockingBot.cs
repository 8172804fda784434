using Microsoft.Bot.Builder;

namespace Bot.Tests.Bot.Channels.Zalo;

/// <summary>A bot that does not answer until the test releases it, like one waiting on a slow LLM.</summary>
internal sealed class BlockingBot : IBot
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        Started.TrySetResult();
        await Release.Task.WaitAsync(cancellationToken);
        await turnContext.SendActivityAsync("Đã xong.", cancellationToken: cancellationToken);
    }
}
