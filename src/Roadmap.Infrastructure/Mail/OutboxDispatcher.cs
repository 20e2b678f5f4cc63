using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Roadmap.Application.Domain.Mail;
using Roadmap.Infrastructure.Persistence;

namespace Roadmap.Infrastructure.Mail;

/// <summary>
/// Sends the outbox (docs/decisions/023-mail-outbox.md): claims due mails with a conditional update
/// (one node wins each), sends them over one connection, then records each outcome. A node that dies
/// mid-way leaves its claims to expire; a failure waits longer each time, then is given up.
/// </summary>
internal sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes, IMailTransport transport, OutboxSignal signal, MailOptions options, TimeProvider clock, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    /// <summary>Long enough for a batch over a slow server; a dead node's mails leave after it.</summary>
    internal static readonly TimeSpan ClaimTime = TimeSpan.FromMinutes(5);

    private readonly string _worker = MailText.OneLine($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}", OutboxMail.WorkerMaxLength);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(Math.Max(options.PollSeconds, 1));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchAsync(stoppingToken) > 0)
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                DispatchFailed(logger, ex);
            }

            await signal.WaitAsync(poll, stoppingToken);
        }
    }

    /// <summary>One round: claims up to a batch of due mails and sends them. Returns how many were claimed.</summary>
    internal async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RoadmapDbContext>();
        var claimed = await ClaimAsync(db, cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        IMailConnection? connection = null;
        try
        {
            connection = await transport.ConnectAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ConnectFailed(logger, claimed.Count, ex);
            foreach (var mail in claimed)
            {
                mail.AttemptFailed(Describe(ex), clock.GetUtcNow());
            }

            await db.SaveChangesAsync(cancellationToken);
            return claimed.Count;
        }

        await using (connection)
        {
            foreach (var mail in claimed)
            {
                await SendAsync(db, connection, mail, cancellationToken);
            }
        }

        return claimed.Count;
    }

    private async Task<List<OutboxMail>> ClaimAsync(RoadmapDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();

        // In a total order: two nodes claiming the same mails lock their rows in the same order, so they never deadlock.
        var due = await db.OutboxMails.AsNoTracking()
            .Where(m => m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.NextAttemptAt)
            .ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Take(Math.Max(options.BatchSize, 1))
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return [];
        }

        var until = now + ClaimTime;
        var won = await db.InTransactionAsync(
            async ct =>
            {
                var ids = new List<Guid>();
                foreach (var id in due)
                {
                    var rows = await db.OutboxMails
                        .Where(m => m.Id == id && m.SentAt == null && m.FailedAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now))
                        .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, _worker).SetProperty(m => m.ClaimedUntil, until), ct);
                    if (rows == 1)
                    {
                        ids.Add(id);
                    }
                }

                return ids;
            },
            cancellationToken);
        return await db.OutboxMails.Where(m => won.Contains(m.Id) && m.ClaimedBy == _worker).ToListAsync(cancellationToken);
    }

    private async Task SendAsync(RoadmapDbContext db, IMailConnection connection, OutboxMail mail, CancellationToken cancellationToken)
    {
        try
        {
            await connection.SendAsync(MimeMessages.From(mail, options), cancellationToken);
            mail.Sent(clock.GetUtcNow());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            SendFailed(logger, mail.Id, mail.Attempts + 1, ex);
            mail.AttemptFailed(Describe(ex), clock.GetUtcNow());
        }

        // Recorded at once: the fewer mails between a send and its record, the fewer a crash could send twice.
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Describe(Exception ex) => $"{ex.GetType().Name} : {ex.Message}";

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox worker failed; it tries again at its next round")]
    private static partial void DispatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The mail server could not be reached; {Count} mails wait for their next attempt")]
    private static partial void ConnectFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MailId} was refused (attempt {Attempt})")]
    private static partial void SendFailed(ILogger logger, Guid mailId, int attempt, Exception exception);
}
