using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Tests.Bot.Support;
using KnowledgeBase.Editing;
using KnowledgeBase.Indexing;
using KnowledgeBase.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Bot.Hosting;

/// <summary>The real Bot on Kestrel answering concurrent conversations while its index is rebuilt and swapped under it (by a build or an editor's publish).</summary>
public sealed class IndexSwapUnderLoadTests
{
    private const int Conversations = 4;
    private const int Swaps = 4;

    // A question and its follow-up: the follow-up needs the conversation state as well as the index.
    private static readonly string[] Turns = ["đăng ký khai sinh cần giấy tờ gì", "nộp online được không?"];

    [Fact]
    public async Task ConversationsOverHttpNeverFailWhileTheIndexIsRebuiltAndReloadedSeveralTimes()
    {
        using var index = new TempFolder();
        Assert.True(new IndexBuilder().Build(BotFixtures.ContentPath, index.Path).Succeeded);
        using var factory = new BotHostFactory(new Dictionary<string, string?>
        {
            ["KnowledgeBase:IndexPath"] = index.Path,

            // Load from one address: the per-user limit (30 a minute) is not what this test is about.
            ["Limits:RateLimitingEnabled"] = "false",
        });
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        using var client = factory.CreateClient();
        var reloader = factory.Services.GetRequiredService<IIndexReloader>();
        var failures = new ConcurrentQueue<string>();
        var completed = 0;
        using var stop = new CancellationTokenSource();

        var conversations = Enumerable.Range(0, Conversations).Select(c => Task.Run(async () =>
        {
            for (var turn = 0; !stop.IsCancellationRequested; turn++)
            {
                var failure = await TurnFailureAsync(client, Turns[turn % Turns.Length], $"swap-{c}");
                if (failure is not null)
                {
                    failures.Enqueue($"conversation {c}, turn {turn}: {failure}");
                }

                Interlocked.Increment(ref completed);
            }
        })).ToArray();

        var swapped = 0;
        for (var i = 0; i < Swaps; i++)
        {
            // Every swap happens while turns are in flight, however fast the machine is.
            await WaitForMoreTurnsAsync(() => Volatile.Read(ref completed), conversations);
            Assert.True(new IndexBuilder().Build(BotFixtures.ContentPath, index.Path).Succeeded);
            swapped += reloader.TryReload() ? 1 : 0;
        }

        await WaitForMoreTurnsAsync(() => Volatile.Read(ref completed), conversations);
        await stop.CancelAsync();
        await Task.WhenAll(conversations);

        Assert.Equal(Swaps, swapped);
        Assert.Empty(failures);
    }

    [Fact]
    public async Task ConversationsOverHttpNeverFailWhileAnEditorPublishesThroughTheHostItself()
    {
        using var data = new TempFolder();
        var indexPath = Path.Combine(data.Path, "index");
        // Its own content: the publishes' locks and build files are not shared with tests running beside it.
        var contentPath = Path.Combine(data.Path, "content");
        TempFolder.Copy(BotFixtures.ContentPath, contentPath);
        Assert.True(new IndexBuilder().Build(contentPath, indexPath).Succeeded);
        using var factory = new BotHostFactory(new Dictionary<string, string?>
        {
            ["KnowledgeBase:IndexPath"] = indexPath,
            ["KnowledgeBase:ContentPath"] = contentPath,
            ["KnowledgeBase:Editing:AuditPath"] = Path.Combine(data.Path, "audit"),
            ["Limits:RateLimitingEnabled"] = "false",
        });
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        using var client = factory.CreateClient();
        var publisher = factory.Services.GetRequiredService<ContentPublisher>();
        var failures = new ConcurrentQueue<string>();
        var completed = 0;
        using var stop = new CancellationTokenSource();

        var conversations = Enumerable.Range(0, Conversations).Select(c => Task.Run(async () =>
        {
            for (var turn = 0; !stop.IsCancellationRequested; turn++)
            {
                if (await TurnFailureAsync(client, Turns[turn % Turns.Length], $"publish-{c}") is { } failure)
                {
                    failures.Enqueue($"conversation {c}, turn {turn}: {failure}");
                }

                Interlocked.Increment(ref completed);
            }
        })).ToArray();

        var versions = new List<string>();
        for (var i = 0; i < Swaps; i++)
        {
            await WaitForMoreTurnsAsync(() => Volatile.Read(ref completed), conversations);
            var published = await publisher.PublishAsync("editor", CancellationToken.None);
            Assert.Equal(PublishOutcome.Published, published.Outcome);
            versions.Add(published.Manifest!.Version);

            // The publishing host serves the new build at once, without waiting for its reload check.
            Assert.Equal(published.Manifest.Version, factory.Services.GetRequiredService<IProcedureSearch>().Info?.Version);
        }

        await WaitForMoreTurnsAsync(() => Volatile.Read(ref completed), conversations);
        await stop.CancelAsync();
        await Task.WhenAll(conversations);

        Assert.Equal(Swaps, versions.Distinct().Count());
        Assert.Empty(failures);
    }

    /// <summary>Null when the turn got the expected answer; otherwise what went wrong.</summary>
    private static async Task<string?> TurnFailureAsync(HttpClient client, string text, string conversationId)
    {
        using var response = await client.PostAsJsonAsync("/api/messages", ActivityPost.Message(text, conversationId));
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return $"HTTP {(int)response.StatusCode}";
        }

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var reply = body.RootElement.GetProperty("activities").EnumerateArray().FirstOrDefault();
        return reply.ValueKind == JsonValueKind.Object && reply.Property("replyKind") == "answer" && reply.Property("procedureCode") == "1.001193"
            ? null
            : $"unexpected reply: {reply.Text()}";
    }

    private static async Task WaitForMoreTurnsAsync(Func<int> completed, Task[] conversations)
    {
        var target = completed() + (2 * conversations.Length);
        while (completed() < target)
        {
            if (conversations.FirstOrDefault(c => c.IsFaulted) is { } faulted)
            {
                await faulted;
            }

            await Task.Delay(10);
        }
    }
}
