using FluentValidation;
using MediatR;
using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Organisations.CreateOrganisation;

/// <summary>Creates an association, company, tiers-lieu or public body by hand; returns its id. A second one of the same name under the same parent is refused (409).</summary>
[RequiresRole(RoleNames.Administrator)]
public sealed record CreateOrganisation(string Name, OrganisationKind Kind, string? Siren = null, Guid? ParentId = null) : IRequest<Guid>;

internal sealed class CreateOrganisationHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<CreateOrganisation, Guid>
{
    public async Task<Guid> Handle(CreateOrganisation request, CancellationToken cancellationToken)
    {
        var parent = await db.ParentAsync(request.ParentId, cancellationToken);
        await db.EnsureSirenFreeAsync(request.Siren, null, cancellationToken);
        var organisation = Organisation.CreateByHand(request.Name, request.Kind, request.Siren, parent);
        await db.EnsureNameFreeAsync(organisation, cancellationToken);
        db.Organisations.Add(organisation);
        await db.RecordAsync(user, clock.GetUtcNow(), null, "organisation.created", $"Organisation « {organisation.Name} »",
            null, new { organisation.Name, organisation.Kind, organisation.Siren, organisation.ParentId }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return organisation.Id;
    }
}

internal sealed class CreateOrganisationValidator : AbstractValidator<CreateOrganisation>
{
    public CreateOrganisationValidator()
    {
        this.NameAndSiren(x => x.Name, x => x.Siren);
        this.HandMadeKind(x => x.Kind);
    }
}
