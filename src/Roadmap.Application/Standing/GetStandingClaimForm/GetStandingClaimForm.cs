using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Organisations;

namespace Roadmap.Application.Standing.GetStandingClaimForm;

/// <summary>What the standing form offers: the roadmaps still open (not archived) and every organisation, by name.</summary>
[RequiresRole]
public sealed record GetStandingClaimForm : IQuery<StandingClaimForm>;

public sealed record StandingClaimForm(IReadOnlyList<StandingRoadmapChoice> Roadmaps, IReadOnlyList<StandingOrganisationChoice> Organisations);

public sealed record StandingRoadmapChoice(string Slug, string Title);

public sealed record StandingOrganisationChoice(Guid Id, string Name, OrganisationKind Kind, string KindLabel);

internal sealed class GetStandingClaimFormHandler(IRoadmapDbContext db) : IRequestHandler<GetStandingClaimForm, StandingClaimForm>
{
    public async Task<StandingClaimForm> Handle(GetStandingClaimForm request, CancellationToken cancellationToken)
    {
        var roadmaps = await db.Roadmaps.AsNoTracking().Where(r => r.ArchivedAt == null)
            .Select(r => new StandingRoadmapChoice(r.Slug, r.Title)).ToListAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Name, o.Kind }).ToListAsync(cancellationToken);
        return new StandingClaimForm(
            roadmaps.OrderBy(r => r.Title, FrenchFormat.Order).ToList(),
            organisations.OrderBy(o => o.Name, FrenchFormat.Order).Select(o => new StandingOrganisationChoice(o.Id, o.Name, o.Kind, o.Kind.French())).ToList());
    }
}
