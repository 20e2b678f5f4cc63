using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions.ActionForm;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.Actions.EditAction;

/// <summary>Loads an action into its edit form. The slug must match, as on the action page.</summary>
[RequiresRole]
public sealed record GetActionForEdit(string RoadmapSlug, Guid ActionId) : IQuery<EditableAction>;

internal sealed class GetActionForEditHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<GetActionForEdit, EditableAction>
{
    public async Task<EditableAction> Handle(GetActionForEdit request, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.AsNoTracking().Include(r => r.Axes).FirstOrDefaultAsync(r => r.Slug == request.RoadmapSlug, cancellationToken)
            ?? throw new NotFoundException("La feuille de route", request.RoadmapSlug);
        var action = await db.Actions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.ActionId && a.RoadmapId == roadmap.Id, cancellationToken)
            ?? throw new NotFoundException("L'action", request.ActionId);

        var refusal = action.ProposerId != user.Id ? "Seule la personne qui a proposé l'action peut la modifier."
            : action.Status != ActionStatus.Proposed ? "L'action a déjà été examinée : elle ne peut plus être modifiée."
            : roadmap.ActionChangeRefusal(action.AxisId) ?? "";
        var current = new EditAction
        {
            ActionId = action.Id,
            AxisId = action.AxisId,
            Title = action.Title,
            Summary = action.Summary,
            Description = action.Description,
            EasyRead = action.EasyRead,
            OrganisationId = action.OrganisationId,
            PartnerIds = Linked(action, ActionOrganisationRole.Partner),
            TerritoryIds = Linked(action, ActionOrganisationRole.Territory),
            Indicators = action.Indicators.Select(i => new IndicatorInput(i.Name, i.Unit, i.Baseline, i.Target, i.DueOn)).ToList(),
            EstimatedBudget = action.Budget.EstimatedAmount,
            Funding = action.Budget.Funding,
            PoolingOptions = action.PoolingOptions.Select(p => new PoolingInput(p.Kind, p.Description)).ToList(),
        };
        var options = await GetActionFormOptionsHandler.LoadAsync(db, user, roadmap, action.OrganisationId, cancellationToken);
        return new EditableAction(action.Id, action.Title, current, options, refusal);
    }

    private static List<Guid> Linked(RoadmapAction action, ActionOrganisationRole role) =>
        action.OrganisationLinks.Where(l => l.Role == role).Select(l => l.OrganisationId).ToList();
}
