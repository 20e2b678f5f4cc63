using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Agenda;
using Roadmap.Application.Workshops.Hands;
using Roadmap.Application.Workshops.Ideas;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Application.Workshops.Presence;
using Roadmap.Application.Workshops.Timer;

namespace Roadmap.Application.Workshops.GetWorkshopState;

/// <summary>Reads the whole room for one caller: what Join and GetState return.</summary>
internal static class WorkshopStateBuilder
{
    /// <param name="freshGuest">
    /// The caller is a guest whose token this very join made: nothing in the room carries their key yet (no ballot,
    /// upvote or raised hand), so those three reads are skipped (issue 14: most of a crowd's joins).
    /// </param>
    public static async Task<WorkshopState> BuildAsync(IRoadmapDbContext db, RoomReads reads, Workshop workshop, Attendance? me, bool isFacilitator, bool freshGuest, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (room, agenda) = await BuildRoomAsync(db, reads.Cache, workshop, isFacilitator, cancellationToken);
        var shared = await reads.Snapshots.ReadAsync(workshop.Id, () => RoomSnapshot.LoadAsync(db, reads.Closed, workshop.Id, workshop.Status, CancellationToken.None));
        var key = me?.ParticipantKey;
        var mine = freshGuest ? null : key;
        var own = mine is null ? OwnPart.None : await reads.Own.ReadAsync(workshop.Id, mine, keys => OwnPart.LoadAsync(db, workshop.Id, keys, CancellationToken.None));

        return new WorkshopState(
            room,
            agenda,
            workshop.FocusedItemId,
            TimerViews.Of(workshop, now),
            shared.Presence with { Status = workshop.Status },
            [.. shared.Polls.Select(p => PollViews.View(p, shared.Tallies[p.Id], own.Ballots.FirstOrDefault(b => b.PollId == p.Id), isFacilitator, now))],
            [.. shared.Ideas.Select(i => IdeaView(i, room.RoadmapSlug, own.Upvotes.Contains(i.Id), key, isFacilitator))],
            new HandsView(workshop.Id, shared.Queue, shared.LastCalled, own.HandId),
            new RoomMe(me?.DisplayName ?? "", me?.IsGuest ?? false, isFacilitator, me?.IsPresent ?? false),
            Domain.Workshops.Reactions.Allowed,
            now);
    }

    /// <summary>The workshop's facts and agenda, ready to display; the facts from outside the workshop row through <paramref name="cache"/> when the host keeps one.</summary>
    public static async Task<(RoomWorkshop Workshop, IReadOnlyList<AgendaItemView> Agenda)> BuildRoomAsync(IRoadmapDbContext db, SharedReadCache? cache, Workshop workshop, bool isFacilitator, CancellationToken cancellationToken)
    {
        var read = RoomFacts.For(workshop.RoadmapId, workshop.CoFacilitatorIds.Prepend(workshop.CreatedById), workshop.Agenda.SelectMany(i => i.ActionIds).Distinct());
        var facts = await cache.ReadAsync(read, () => read.LoadAsync(db, cancellationToken));

        var room = new RoomWorkshop(
            workshop.Id, workshop.RoadmapId, facts.RoadmapSlug, facts.RoadmapTitle, workshop.Title, workshop.StartsAt, workshop.DurationMinutes, workshop.Mode,
            workshop.VisioLink, workshop.Address, workshop.Status, workshop.JoinCode, workshop.AllowGuests,
            facts.FacilitatorNames,
            facts.Axes,
            isFacilitator || workshop.MinutesArePublished ? workshop.Minutes : null,
            workshop.MinutesArePublished);
        return (room, [.. workshop.Agenda.OrderBy(i => i.Position).Select(i => AgendaView(i, facts.Axes, facts.ActionTitles, facts.RoadmapSlug))]);
    }

    private static IdeaView IdeaView(Idea idea, string slug, bool upvoted, string? key, bool isFacilitator)
    {
        var view = IdeaQuery.View(idea, slug, upvoted, key is not null && idea.AuthorKey == key);
        return isFacilitator ? view : view.ForParticipants();
    }

    private static AgendaItemView AgendaView(AgendaItem item, IReadOnlyList<AxisRef> axes, IReadOnlyDictionary<Guid, string> actions, string slug)
    {
        var actionRefs = item.ActionIds.Where(actions.ContainsKey).Select(id => new ActionRef(id, actions[id], SiteLinks.Action(slug, id))).ToList();
        var title = item.Kind switch
        {
            AgendaItemKind.Axis => axes.FirstOrDefault(a => a.Id == item.AxisId)?.Title ?? item.Topic,
            AgendaItemKind.Actions when item.Topic.Length > 0 => item.Topic,
            AgendaItemKind.Actions => "Actions : " + string.Join(", ", actionRefs.Select(a => $"« {a.Title} »")),
            _ => item.Topic,
        };
        return new AgendaItemView(item.Id, item.Position, item.Kind, title, item.AxisId, actionRefs, item.Topic);
    }
}
