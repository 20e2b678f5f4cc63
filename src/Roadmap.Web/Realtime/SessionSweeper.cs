using MediatR;
using Microsoft.Extensions.Options;
using Roadmap.Application.Sessions.GetSecurityStamps;

namespace Roadmap.Web.Realtime;

/// <summary>
/// A hub connection keeps the identity and roles it had when it opened. Every
/// <c>SignalR:SessionSweepSeconds</c> (30 s), each node reads the current security stamps of the
/// accounts connected to it (one query) and closes the connections whose stamp changed or whose
/// account is gone: after a role change, a password change or a sign-out, the client reconnects
/// with its new identity (or as a visitor).
/// </summary>
internal sealed partial class SessionSweeper(
    SignedInConnections connections, IServiceScopeFactory scopes, IOptions<RealtimeOptions> options, ILogger<SessionSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.SessionSweepSeconds)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                SweepFailed(logger, ex);
            }
        }
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        var held = connections.Snapshot();
        if (held.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var stamps = await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new GetSecurityStamps([.. held.Select(c => c.UserId).Distinct()]), cancellationToken);
        foreach (var (context, userId, stamp) in held)
        {
            if (!stamps.TryGetValue(userId, out var current) || current != stamp)
            {
                Closing(logger, userId);
                context.Abort();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Closing a workshop connection of account {UserId}: its session ended")]
    private static partial void Closing(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking the sessions of workshop connections failed")]
    private static partial void SweepFailed(ILogger logger, Exception exception);
}
