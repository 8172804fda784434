using System.Collections.Concurrent;
using Microsoft.Bot.Builder;

namespace Bot.Tests.Bot.Channels.Zalo;

/// <summary>Bot middleware that records the activities passing through it.</summary>
internal sealed class RecordingMiddleware : IMiddleware
{
    private readonly ConcurrentQueue<string> ids = new();

    public IReadOnlyList<string> ActivityIds => [.. ids];

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ids.Enqueue(turnContext.Activity.Id);
        await next(cancellationToken);
    }
}
