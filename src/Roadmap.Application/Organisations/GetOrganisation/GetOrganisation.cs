using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Organisations.GetOrganisation;

/// <summary>One organisation, with its parent's name (public, like the search).</summary>
public sealed record GetOrganisation(Guid Id) : IQuery<OrganisationSummary>;

internal sealed class GetOrganisationHandler(IRoadmapDbContext db) : IRequestHandler<GetOrganisation, OrganisationSummary>
{
    public async Task<OrganisationSummary> Handle(GetOrganisation request, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("L'organisation", request.Id);
        var parentName = organisation.ParentId is { } parentId
            ? await db.Organisations.Where(o => o.Id == parentId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        return organisation.Summary(parentName);
    }
}
