using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR.Client;
using Roadmap.Application.Workshops.Hands;
using Roadmap.Application.Workshops.Ideas;
using Roadmap.Application.Workshops.Live;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Application.Workshops.Presence;
using Roadmap.Application.Workshops.Timer;

namespace Roadmap.Web.Tests.Hubs.Support;

/// <summary>Every event a connection receives, in order, with a way to wait for one.</summary>
public sealed class RoomEvents
{
    private readonly ConcurrentQueue<(string Name, object Payload)> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);

    public RoomEvents(HubConnection connection)
    {
        Listen<PresenceView>(connection, LiveEvents.PresenceChanged);
        Listen<ItemFocusedView>(connection, LiveEvents.ItemFocused);
        Listen<PollView>(connection, LiveEvents.PollOpened);
        Listen<PollTally>(connection, LiveEvents.PollResults);
        Listen<PollClosedView>(connection, LiveEvents.PollClosed);
        Listen<IdeaView>(connection, LiveEvents.IdeaPosted);
        Listen<IdeaView>(connection, LiveEvents.IdeaUpdated);
        Listen<HandsView>(connection, LiveEvents.HandsChanged);
        Listen<TimerView>(connection, LiveEvents.TimerChanged);
        Listen<ReactionView>(connection, LiveEvents.Reaction);
        Listen<WorkshopEndedView>(connection, LiveEvents.WorkshopEnded);
    }

    public IReadOnlyList<T> All<T>(string name) => [.. _received.Where(e => e.Name == name).Select(e => e.Payload).OfType<T>()];

    public async Task<T> WaitForAsync<T>(string name, Func<T, bool>? match = null, int timeoutSeconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var found = All<T>(name).LastOrDefault(p => match?.Invoke(p) ?? true);
            if (found is not null)
            {
                return found;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"No {name} event arrived in {timeoutSeconds} s.");
            }

            await _arrived.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
        }
    }

    private void Listen<T>(HubConnection connection, string name) => connection.On<T>(name, payload =>
    {
        _received.Enqueue((name, payload!));
        _arrived.Release();
    });
}
