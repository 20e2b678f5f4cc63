using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Mediation.Grants;

/// <summary>The mediators of an organisation, for its back-office page.</summary>
[RequiresRole(RoleNames.Administrator)]
public sealed record ListMediators(Guid OrganisationId) : IQuery<OrganisationMediators>, ISharedRead<OrganisationMediators>;

public sealed record OrganisationMediators(Guid OrganisationId, string OrganisationName, IReadOnlyList<MediatorSummary> Mediators);

public sealed record MediatorSummary(Guid UserId, string DisplayName, string Email, DateTimeOffset GrantedAt, int ContributionCount);

internal sealed class ListMediatorsHandler(IRoadmapDbContext db) : IRequestHandler<ListMediators, OrganisationMediators>
{
    public async Task<OrganisationMediators> Handle(ListMediators request, CancellationToken cancellationToken)
    {
        var organisation = await MediatorGrantTargets.OrganisationAsync(db, request.OrganisationId, cancellationToken);
        var mediators = await (
            from g in db.MediatorGrants
            where g.OrganisationId == organisation.Id
            join u in db.Users on g.UserId equals u.Id
            orderby u.DisplayName
            select new MediatorSummary(u.Id, u.DisplayName, u.Email ?? "", g.GrantedAt,
                db.MediatedContributions.Count(c => c.MediatorId == u.Id && c.OrganisationId == organisation.Id)))
            .ToListAsync(cancellationToken);
        return new OrganisationMediators(organisation.Id, organisation.Name, mediators);
    }
}
