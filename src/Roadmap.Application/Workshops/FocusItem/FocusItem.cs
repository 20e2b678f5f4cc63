using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Workshops.Access;
using Roadmap.Application.Workshops.Live;

namespace Roadmap.Application.Workshops.FocusItem;

/// <summary>Brings an agenda item into focus; everyone receives <c>ItemFocused</c>. New polls and ideas are attached to it.</summary>
[RequiresRole]
public sealed record FocusItem(Guid WorkshopId, Guid AgendaItemId) : IRequest<ItemFocusedView>;

internal sealed class FocusItemHandler(IRoadmapDbContext db, ICurrentUser user, ILiveNotifier live, TimeProvider clock) : IRequestHandler<FocusItem, ItemFocusedView>
{
    public async Task<ItemFocusedView> Handle(FocusItem request, CancellationToken cancellationToken)
    {
        var workshop = await WorkshopAccess.LoadForFacilitatorAsync(db, user, request.WorkshopId, cancellationToken);
        var now = clock.GetUtcNow();
        workshop.Focus(request.AgendaItemId, now);
        await db.SaveChangesAsync(cancellationToken);

        var view = new ItemFocusedView(workshop.Id, request.AgendaItemId, now);
        await live.ToWorkshopAsync(workshop.Id, LiveEvents.ItemFocused, view, cancellationToken);
        return view;
    }
}
