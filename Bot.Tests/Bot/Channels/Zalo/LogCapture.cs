using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Bot.Channels.Zalo;

/// <summary>Collects the host's log lines so tests can assert what operators would see.</summary>
internal sealed class LogCapture : ILoggerProvider
{
    public ConcurrentQueue<LogLine> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Enqueue(new LogLine(logLevel, category, formatter(state, exception)));
    }
}

internal sealed record LogLine(LogLevel Level, string Category, string Message);
