using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Organisations.ListParentChoices;

/// <summary>
/// The organisations another is usually attached to — régions, départements and EPCI, a few dozen on an
/// instance — for the select of the organisation forms and of the search filter; with <see cref="Keep"/>
/// (the current parent of the organisation being edited) even when it is of another kind.
/// </summary>
[RequiresRole(RoleNames.Administrator)]
public sealed record ListParentChoices(Guid? Keep = null) : IQuery<IReadOnlyList<ParentChoice>>;

public sealed record ParentChoice(Guid Id, string Name, OrganisationKind Kind, string? OfficialCode);

internal sealed class ListParentChoicesHandler(IRoadmapDbContext db) : IRequestHandler<ListParentChoices, IReadOnlyList<ParentChoice>>
{
    public async Task<IReadOnlyList<ParentChoice>> Handle(ListParentChoices request, CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.Region || o.Kind == OrganisationKind.Departement || o.Kind == OrganisationKind.Epci || o.Id == request.Keep)
            .OrderBy(o => o.Kind).ThenBy(o => o.Name)
            .Select(o => new ParentChoice(o.Id, o.Name, o.Kind, o.OfficialCode))
            .ToListAsync(cancellationToken);
}
