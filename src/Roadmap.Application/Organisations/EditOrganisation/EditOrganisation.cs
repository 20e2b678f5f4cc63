using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Organisations.EditOrganisation;

/// <summary>
/// Edits an organisation: one made by hand entirely; a collectivity its name (the next territory import
/// restores the official one) and its parent (which the import keeps). See <see cref="Organisation.Edit"/>.
/// </summary>
[RequiresRole(RoleNames.Administrator)]
public sealed record EditOrganisation(Guid Id, string Name, OrganisationKind Kind, string? Siren = null, Guid? ParentId = null) : IRequest<Unit>;

internal sealed class EditOrganisationHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<EditOrganisation, Unit>
{
    public async Task<Unit> Handle(EditOrganisation request, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("L'organisation", request.Id);
        var parent = await db.ParentAsync(request.ParentId, cancellationToken);
        await db.EnsureNotUnderItselfAsync(organisation.Id, parent, cancellationToken);
        await db.EnsureSirenFreeAsync(request.Siren, organisation.Id, cancellationToken);
        var before = new { organisation.Name, organisation.Kind, organisation.Siren, organisation.ParentId };
        organisation.Edit(request.Name, request.Kind, request.Siren, parent);
        await db.EnsureNameFreeAsync(organisation, cancellationToken);
        await db.RecordAsync(user, clock.GetUtcNow(), null, "organisation.edited", $"Organisation « {organisation.Name} »",
            before, new { organisation.Name, organisation.Kind, organisation.Siren, organisation.ParentId }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal sealed class EditOrganisationValidator : AbstractValidator<EditOrganisation>
{
    public EditOrganisationValidator()
    {
        this.NameAndSiren(x => x.Name, x => x.Siren);
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Ce type d'organisation n'existe pas.");
    }
}
