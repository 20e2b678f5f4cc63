using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Agenda;
using Roadmap.Application.Workshops.GetWorkshopState;
using Roadmap.Application.Workshops.Polls;

namespace Roadmap.Application.Workshops.EndWorkshop;

/// <summary>What the minutes are written from, read once at the end of the workshop.</summary>
internal sealed record MinutesSource(
    Workshop Workshop,
    RoomWorkshop Room,
    IReadOnlyList<AgendaItemView> Agenda,
    IReadOnlyList<MinutesSource.Attendee> Attendees,
    IReadOnlyList<(Poll Poll, PollTally Tally)> Polls,
    IReadOnlyList<Idea> Ideas,
    IReadOnlyDictionary<Guid, string> PromotedActionTitles)
{
    public static async Task<MinutesSource> LoadAsync(IRoadmapDbContext db, Workshop workshop, CancellationToken cancellationToken)
    {
        var (room, agenda) = await WorkshopStateBuilder.BuildRoomAsync(db, cache: null, workshop, isFacilitator: true, cancellationToken);
        var attendances = await db.WorkshopAttendances.AsNoTracking().Where(a => a.WorkshopId == workshop.Id)
            .Select(a => new { a.OrganisationId, a.Role })
            .ToListAsync(cancellationToken);
        var organisationIds = attendances.Select(a => a.OrganisationId).OfType<Guid>().Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var polls = await db.Polls.AsNoTracking().Where(p => p.WorkshopId == workshop.Id).OrderBy(p => p.OpenedAt).ToListAsync(cancellationToken);
        var tallies = await PollTallies.ComputeAsync(db, polls, cancellationToken);
        var ideas = await db.Ideas.AsNoTracking().Where(i => i.WorkshopId == workshop.Id).OrderBy(i => i.PostedAt).ToListAsync(cancellationToken);
        var promotedIds = ideas.Select(i => i.PromotedActionId).OfType<Guid>().ToList();
        var promoted = await db.Actions.AsNoTracking().Where(a => promotedIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title, cancellationToken);

        return new MinutesSource(
            workshop,
            room,
            agenda,
            [.. attendances.Select(a => new Attendee(a.OrganisationId is { } id && organisations.TryGetValue(id, out var name) ? name : null, a.Role))],
            [.. polls.Select(p => (p, tallies[p.Id]))],
            ideas,
            promoted);
    }

    /// <summary>One person who attended: their organisation's name (if any) and role (null for a guest).</summary>
    internal sealed record Attendee(string? Organisation, ParticipantRole? Role);
}
