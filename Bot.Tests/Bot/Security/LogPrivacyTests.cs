using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Bot.Security;

/// <summary>
/// Citizens type ID-card numbers, phone numbers and e-mail addresses into the chat. Whatever the host does with
/// such a message (answer it, refuse it as too large or too frequent, reject it as malformed), none of it may
/// reach the logs. Logging runs at Trace so every category speaks.
/// </summary>
public sealed class LogPrivacyTests
{
    private static readonly string[] PersonalData = ["001203004567", "0912345678", "nguyen.van.a@example.com", "123456789"];

    [Fact]
    public async Task NoLogLineCarriesPersonalDataFromCitizensMessages()
    {
        var sink = new CapturingLoggerProvider();
        using var factory = TestBotHost.Create(("Limits:PermitPerMinutePerUser", "2"))
            .WithWebHostBuilder(web => web.ConfigureServices(services => services.AddLogging(logging =>
            {
                logging.SetMinimumLevel(LogLevel.Trace);
                logging.AddProvider(sink);
            })));
        using var client = factory.CreateClient();
        var text = "Tôi tên Nguyễn Văn A, CCCD 001203004567, CMND 123456789, điện thoại 0912345678, email nguyen.van.a@example.com, muốn cấp lại hộ chiếu";

        for (var i = 0; i < 3; i++)
        {
            await client.PostAsync("/api/messages", Activity(text));
        }

        await client.PostAsync("/api/messages", Activity(text + new string(' ', 100 * 1024)));
        await client.PostAsync("/api/messages", new StringContent("{\"text\":\"" + text, Encoding.UTF8, "application/json"));
        await client.PostAsync("/v3/directline/conversations/c1/activities", Activity(text));

        Assert.NotEmpty(sink.Lines);
        foreach (var secret in PersonalData)
        {
            Assert.DoesNotContain(sink.Lines, line => line.Contains(secret, StringComparison.Ordinal));
        }
    }

    private static StringContent Activity(string text) => new(
        System.Text.Json.JsonSerializer.Serialize(new { type = "message", text, from = new { id = "citizen-1" }, conversation = new { id = "c1" }, channelId = "test", serviceUrl = "http://localhost/" }),
        Encoding.UTF8,
        "application/json");

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Queue { get; } = new();

        public IReadOnlyList<string> Lines => [.. Queue];

        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, Queue);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // The formatted message, every structured value and the whole exception chain: all of it could be shipped.
            var line = new StringBuilder().Append(category).Append(": ").Append(formatter(state, exception));
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    line.Append(' ').Append(key).Append('=').Append(value);
                }
            }

            line.Append(' ').Append(exception);
            lines.Enqueue(line.ToString());
        }
    }
}
