using System.Collections.Concurrent;
using MediatR;
using Microsoft.Extensions.Options;
using Roadmap.Application.Workshops.RecordDepartures;

namespace Roadmap.Web.Realtime;

/// <summary>
/// The departures this node notices (a participant's last connection here dropping), recorded a room at a time
/// every ~200 ms (issue 14): when a room's network fails, its 2,000 dropped sockets become a few writes and a few
/// <c>PresenceChanged</c> instead of 2,000 of each queued on the write gate ahead of the same people coming back.
/// Each departure keeps the join it closes, so one noticed or recorded late never marks absent someone who came back
/// (the database compares it with their last join, whichever node they came back to); one who came back to this
/// node and is connected here when the batch goes is left out at once.
/// </summary>
internal sealed partial class RoomDepartures(IServiceScopeFactory scopes, ConnectionRegistry registry, TimeProvider clock, IOptions<RealtimeOptions> options, ILogger<RoomDepartures> logger)
    : BackgroundService
{
    private readonly ConcurrentQueue<(Guid WorkshopId, Departure Departure)> _pending = new();

    /// <param name="latestJoin">The latest join this node recorded for the participant: the one the departure closes.</param>
    public void Departed(Guid workshopId, string participantKey, DateTimeOffset latestJoin) =>
        _pending.Enqueue((workshopId, new Departure(participantKey, latestJoin, clock.GetUtcNow())));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(20, options.Value.CoalesceMilliseconds)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await FlushAsync(stoppingToken);
        }
    }

    /// <summary>What is pending when the node stops is still recorded.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        var batches = new Dictionary<Guid, List<Departure>>();
        while (_pending.TryDequeue(out var pending))
        {
            if (registry.IsConnected(pending.WorkshopId, pending.Departure.ParticipantKey))
            {
                continue;
            }

            (batches.TryGetValue(pending.WorkshopId, out var list) ? list : batches[pending.WorkshopId] = []).Add(pending.Departure);
        }

        if (batches.Count == 0)
        {
            return;
        }

        // A scope per room: one room's failed write leaves nothing behind for the next room's.
        foreach (var (workshopId, departures) in batches)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RecordDepartures(workshopId, departures), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                RecordFailed(logger, ex, departures.Count, workshopId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recording {Count} departures from workshop {WorkshopId} failed")]
    private static partial void RecordFailed(ILogger logger, Exception exception, int count, Guid workshopId);
}
