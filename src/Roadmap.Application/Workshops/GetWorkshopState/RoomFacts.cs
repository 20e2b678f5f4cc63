using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Workshops.Agenda;

namespace Roadmap.Application.Workshops.GetWorkshopState;

/// <summary>
/// What a room shows from outside the workshop row: its roadmap (slug, title, axes), its facilitators' names and
/// its agenda's action titles. The same for every caller, so it is kept once for all (decision 039): a crowd
/// joining reads it once instead of three queries each (issue 14). Roadmaps, axes, actions and accounts are not in
/// <c>PublicWrites.Unseen</c>, so editing any of them on any node moves the generation and the next join reads
/// again. The facilitators and the agenda's actions come from the workshop row, read fresh by every join, and are
/// part of the key: a co-facilitator added or an agenda changed is a different read. Ids are kept in order, as
/// text, so the record's equality is the key's.
/// </summary>
internal sealed record RoomFacts(Guid RoadmapId, string FacilitatorIds, string ActionIds) : ISharedRead<RoomFactsAnswer>
{
    public static RoomFacts For(Guid roadmapId, IEnumerable<Guid> facilitatorIds, IEnumerable<Guid> actionIds) =>
        new(roadmapId, string.Join(',', facilitatorIds), string.Join(',', actionIds));

    public async Task<RoomFactsAnswer> LoadAsync(IRoadmapDbContext db, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.AsNoTracking().Include(r => r.Axes).FirstAsync(r => r.Id == RoadmapId, cancellationToken);
        var facilitatorIds = Ids(FacilitatorIds);
        var names = await db.Users.AsNoTracking().Where(u => facilitatorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var actionIds = Ids(ActionIds);
        var actions = actionIds.Count == 0
            ? []
            : await db.Actions.AsNoTracking().Where(a => actionIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title, cancellationToken);
        return new RoomFactsAnswer(
            roadmap.Slug,
            roadmap.Title,
            [.. roadmap.Axes.OrderBy(a => a.Position).Select(a => new AxisRef(a.Id, a.Position, a.Title))],
            [.. facilitatorIds.Where(names.ContainsKey).Select(id => names[id])],
            actions.ToFrozenDictionary());
    }

    private static List<Guid> Ids(string ids) => [.. ids.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse)];
}

/// <summary>The facts of <see cref="RoomFacts"/>; facilitators' names in the workshop's order.</summary>
internal sealed record RoomFactsAnswer(
    string RoadmapSlug,
    string RoadmapTitle,
    IReadOnlyList<AxisRef> Axes,
    IReadOnlyList<string> FacilitatorNames,
    IReadOnlyDictionary<Guid, string> ActionTitles);
