using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Roadmap.Application.Tests.Fixtures;

/// <summary>
/// The text of every SQL command the host ran, from EF's log, for a test that checks what a query asks of the database;
/// a savepoint EF Core takes inside a transaction is a round trip too, recorded as <c>SAVEPOINT</c>.
/// </summary>
internal sealed class RecordedSql : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _commands = new();

    public IReadOnlyCollection<string> Commands => _commands;

    public void Clear() => _commands.Clear();

    public ILogger CreateLogger(string categoryName) =>
        new Logger(categoryName == DbLoggerCategory.Database.Command.Name || categoryName == DbLoggerCategory.Database.Transaction.Name ? _commands : null);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<string>? commands) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => commands is not null;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id == RelationalEventId.CreatedTransactionSavepoint.Id)
            {
                commands!.Enqueue("SAVEPOINT");
            }
            else if (eventId.Id == RelationalEventId.CommandExecuted.Id
                && state is IEnumerable<KeyValuePair<string, object?>> pairs
                && pairs.FirstOrDefault(p => p.Key == "commandText").Value is string text)
            {
                commands!.Enqueue(text);
            }
        }
    }
}
