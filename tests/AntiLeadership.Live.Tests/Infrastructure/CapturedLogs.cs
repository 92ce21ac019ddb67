using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>Every log line an app writes (message, event id, exception text and level), to check what is and is not in it.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, EventId Event, string Text, LogLevel Level)> _lines = new();

    public IReadOnlyList<(string Category, EventId Event, string Text, LogLevel Level)> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Capture(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Capture(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._lines.Enqueue((category, eventId, formatter(state, exception) + (exception is null ? "" : " " + exception), logLevel));
    }
}
