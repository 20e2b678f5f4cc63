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
        return await LoadAsync(db, user, roadmap, cancellationToken);
    }

    internal static async Task<ActionFormOptions> LoadAsync(IRoadmapDbContext db, ICurrentUser user, TerritorialRoadmap roadmap, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new OrganisationOption(o.Id, o.Name, o.Kind))
            .ToListAsync(cancellationToken);

        return new ActionFormOptions(
            roadmap.Slug,
            roadmap.Title,
            roadmap.CurrentPhase,
            roadmap.AcceptsProposals,
            user.Id is not null && roadmap.VotingRules.AllowsProposalFrom(user.HighestRole()),
            await db.IsTeamAsync(user, roadmap.Id, cancellationToken),
            organisations.Find(o => o.Id == user.OrganisationId),
            roadmap.Axes.Where(a => !a.IsArchived).OrderBy(a => a.Position).Select(a => new AxisOption(a.Id, a.Position, a.Title)).ToList(),
            organisations);
    }
}
