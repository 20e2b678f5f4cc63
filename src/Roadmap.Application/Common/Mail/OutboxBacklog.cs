using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Common.Mail;

/// <summary>
/// How many mails wait in the outbox, for the <c>roadmap.outbox.pending</c> gauge. A scrape never waits for
/// the database: it reads the last count, and a count older than <see cref="MaxAge"/> is taken again in the
/// background. Nothing is reported before the first count, nor after a failed one (the database is down).
/// </summary>
public sealed class OutboxBacklog(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(15);

    private readonly Lock _lock = new();
    private long? _pending;
    private DateTimeOffset _countedAt = DateTimeOffset.MinValue;
    private Task? _counting;

    public IEnumerable<Measurement<long>> Observe()
    {
        lock (_lock)
        {
            if (clock.GetUtcNow() - _countedAt >= MaxAge && _counting is not { IsCompleted: false })
            {
                _counting = Task.Run(CountAsync);
            }

            return _pending is { } pending ? [new Measurement<long>(pending)] : [];
        }
    }

    private async Task CountAsync()
    {
        long? pending;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IRoadmapDbContext>();
            pending = await db.OutboxMails.LongCountAsync(m => m.SentAt == null && m.FailedAt == null);
        }
        catch (Exception)
        {
            // The database health check says why; a gauge showing an old count would hide it.
            pending = null;
        }

        lock (_lock)
        {
            _pending = pending;
            _countedAt = clock.GetUtcNow();
        }
    }
}
