using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Access;
using Roadmap.Application.Workshops.GetWorkshopState;

namespace Roadmap.Application.Workshops.GetWorkshop;

/// <summary>One workshop, as the caller may see it (public; see <see cref="WorkshopDetails"/>).</summary>
public sealed record GetWorkshop(Guid WorkshopId) : IQuery<WorkshopDetails>;

internal sealed class GetWorkshopHandler(IRoadmapDbContext db, ICurrentUser user, IMarkdownRenderer markdown) : IRequestHandler<GetWorkshop, WorkshopDetails>
{
    public async Task<WorkshopDetails> Handle(GetWorkshop request, CancellationToken cancellationToken)
    {
        var workshop = await WorkshopAccess.LoadAsync(db, request.WorkshopId, cancellationToken);
        var canRun = await WorkshopAccess.CanRunAsync(db, workshop, user, cancellationToken);
        var room = await WorkshopStateBuilder.BuildRoomAsync(db, cache: null, workshop, canRun, cancellationToken);
        var minutes = canRun || workshop.MinutesArePublished ? workshop.Minutes : null;

        return new WorkshopDetails(
            workshop.Id, room.Workshop.RoadmapId, room.Workshop.RoadmapSlug, room.Workshop.RoadmapTitle, workshop.Title,
            workshop.StartsAt, workshop.EndsAt, workshop.DurationMinutes, workshop.Mode,
            user.Id is null ? null : workshop.VisioLink, workshop.Address, workshop.AllowGuests, workshop.Status, workshop.CancelReason,
            workshop.StartedAt, workshop.EndedAt, room.Workshop.Facilitators, room.Agenda,
            canRun ? workshop.JoinCode : null, canRun,
            minutes, string.IsNullOrEmpty(minutes) ? null : markdown.ToSafeHtml(minutes), workshop.MinutesPublishedAt,
            canRun && workshop.EditRefusal is null ? Draft(workshop) : null,
            workshop.IsOpen,
            canRun ? workshop.EditRefusal : WorkshopAccess.NotFacilitator,
            canRun ? workshop.CancelRefusal : WorkshopAccess.NotFacilitator,
            canRun ? workshop.MinutesRefusal : WorkshopAccess.NotFacilitator)
        {
            CalendarSequence = workshop.CalendarSequence,
        };
    }

    private static WorkshopDraft Draft(Workshop workshop) => new(
        workshop.Title, workshop.StartsAt, workshop.DurationMinutes, workshop.Mode, workshop.VisioLink, workshop.Address, workshop.AllowGuests,
        workshop.CoFacilitatorIds,
        [.. workshop.Agenda.OrderBy(i => i.Position).Select(i => new AgendaItemDraft(i.Kind, i.AxisId, i.ActionIds, i.Topic))]);
}
