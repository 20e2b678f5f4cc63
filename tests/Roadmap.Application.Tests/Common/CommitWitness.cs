using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Tests.Common;

/// <summary>Records each live event with whether the organisation it names was committed when it went out.</summary>
internal sealed class CommitWitness(IServiceScopeFactory scopes) : ILiveNotifier
{
    public ConcurrentQueue<(string Event, bool Committed)> Seen { get; } = new();

    public async Task ToWorkshopAsync(Guid workshopId, string eventName, object payload, CancellationToken cancellationToken)
    {
        // Another connection, as a client refetching on the event would use: it sees committed rows only.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IRoadmapDbContext>();
        Seen.Enqueue((eventName, await db.Organisations.AnyAsync(o => o.Name == (string)payload, cancellationToken)));
    }

    public Task ToFacilitatorsAsync(Guid workshopId, string eventName, object payload, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ToParticipantAsync(Guid workshopId, string participantKey, string eventName, object payload, CancellationToken cancellationToken) => Task.CompletedTask;

    public void PollResultsChanged(Guid workshopId, Guid pollId)
    {
    }

    public void PresenceChanged(Guid workshopId)
    {
    }

    public void HandsChanged(Guid workshopId)
    {
    }

    public void IdeaChanged(Guid workshopId, Guid ideaId)
    {
    }
}
