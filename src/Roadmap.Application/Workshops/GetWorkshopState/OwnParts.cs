using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Batching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.GetWorkshopState;

/// <summary>What a room holds of one participant: their ballots (every poll of the room), the ideas they upvoted, their raised hand.</summary>
internal sealed record OwnPart(IReadOnlyList<Ballot> Ballots, IReadOnlyList<Guid> Upvotes, Guid? HandId)
{
    public static readonly OwnPart None = new([], [], null);

    /// <summary>The parts of <paramref name="keys"/> in one room: three reads for all of them.</summary>
    public static async Task<IReadOnlyDictionary<string, OwnPart>> LoadAsync(IRoadmapDbContext db, Guid workshopId, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var ballots = await db.Ballots.AsNoTracking()
            .Where(b => EF.Parameter(keys).Contains(b.VoterKey) && db.Polls.Any(p => p.Id == b.PollId && p.WorkshopId == workshopId))
            .ToListAsync(cancellationToken);
        var upvotes = await db.IdeaUpvotes.AsNoTracking()
            .Where(u => EF.Parameter(keys).Contains(u.VoterKey) && db.Ideas.Any(i => i.Id == u.IdeaId && i.WorkshopId == workshopId))
            .Select(u => new { u.VoterKey, u.IdeaId }).ToListAsync(cancellationToken);
        var hands = await db.RaisedHands.AsNoTracking()
            .Where(h => h.WorkshopId == workshopId && EF.Parameter(keys).Contains(h.ParticipantKey) && h.LoweredAt == null && h.CalledAt == null)
            .Select(h => new { h.ParticipantKey, h.Id }).ToListAsync(cancellationToken);

        var ballotsOf = ballots.ToLookup(b => b.VoterKey);
        var upvotesOf = upvotes.ToLookup(u => u.VoterKey, u => u.IdeaId);
        var handOf = hands.GroupBy(h => h.ParticipantKey).ToDictionary(g => g.Key, g => (Guid?)g.First().Id);
        return keys.ToDictionary(k => k, k => new OwnPart([.. ballotsOf[k]], [.. upvotesOf[k]], handOf.GetValueOrDefault(k)));
    }
}

/// <summary>
/// Reads the participants' own parts of a room once for all the callers of the moment instead of three reads each
/// (issue 14: after a dropped network, 2,000 people come back, and each <c>Join</c> and <c>GetState</c> looked for their
/// ballots, upvotes and hand on its own). As for the room's shared part (<see cref="RoomSnapshots"/>), a caller is never
/// answered by a read that started before it asked; each caller gets only their own part.
/// </summary>
internal sealed class OwnParts
{
    private readonly CallerBatches<Guid, OwnRead, OwnPart> _reads = new();

    /// <param name="load">
    /// Reads the parts of the batch's participants with the caller's own unit of work; run for the caller's batch if this
    /// caller leads it. It must not depend on the caller's cancellation: the others of the batch wait for its answer.
    /// </param>
    public Task<OwnPart> ReadAsync(Guid workshopId, string participantKey, Func<IReadOnlyList<string>, Task<IReadOnlyDictionary<string, OwnPart>>> load) =>
        _reads.RunAsync(workshopId, new OwnRead(participantKey, load), async batch =>
        {
            var parts = await batch[0].Item.Load([.. batch.Select(c => c.Item.ParticipantKey).Distinct()]);
            foreach (var caller in batch)
            {
                caller.Answer(parts[caller.Item.ParticipantKey]);
            }
        });

    /// <summary>Rooms with a read running or waiting (for tests: nothing stays once reads are done).</summary>
    internal int Active => _reads.Active;

    /// <summary>Callers waiting for the room's next read (for tests).</summary>
    internal int Waiting(Guid workshopId) => _reads.Waiting(workshopId);

    internal sealed record OwnRead(string ParticipantKey, Func<IReadOnlyList<string>, Task<IReadOnlyDictionary<string, OwnPart>>> Load);
}
