using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Actions.ActionForm;

/// <summary>The choices of the proposal form of a roadmap, and whether the caller may propose there.</summary>
public sealed record GetActionFormOptions(string RoadmapSlug) : IQuery<ActionFormOptions>;

internal sealed class GetActionFormOptionsHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<GetActionFormOptions, ActionFormOptions>
{
    public async Task<ActionFormOptions> Handle(GetActionFormOptions request, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.AsNoTracking().Include(r => r.Axes).FirstOrDefaultAsync(r => r.Slug == request.RoadmapSlug, cancellationToken)
            ?? throw new NotFoundException("La feuille de route", request.RoadmapSlug);
        return await LoadAsync(db, user, roadmap, currentOrganisationId: null, cancellationToken);
    }

    /// <summary>
    /// Outside the team, an action is proposed on behalf of the caller's own organisation or, when editing, of the one
    /// already on it (<see cref="ActionFieldsChecks"/>): those two are the choices, loaded by id.
    /// </summary>
    internal static async Task<ActionFormOptions> LoadAsync(
        IRoadmapDbContext db, ICurrentUser user, TerritorialRoadmap roadmap, Guid? currentOrganisationId, CancellationToken cancellationToken)
    {
        var behalf = new[] { user.OrganisationId, currentOrganisationId }.OfType<Guid>().Distinct().ToList();
        var behalfChoices = await db.Organisations.AsNoTracking()
            .Where(o => behalf.Contains(o.Id))
            .OrderBy(o => o.Name)
            .Select(o => new OrganisationOption(o.Id, o.Name))
            .ToListAsync(cancellationToken);

        return new ActionFormOptions(
            roadmap.Slug,
            roadmap.Title,
            roadmap.CurrentPhase,
            roadmap.AcceptsProposals,
            user.Id is not null && roadmap.VotingRules.AllowsProposalFrom(user.HighestRole()),
            await db.IsTeamAsync(user, roadmap.Id, cancellationToken),
            behalfChoices.Find(o => o.Id == user.OrganisationId),
            roadmap.Axes.Where(a => !a.IsArchived).OrderBy(a => a.Position).Select(a => new AxisOption(a.Id, a.Position, a.Title)).ToList(),
            behalfChoices);
    }
}
