using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Inclusion;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Mediation.Grants;

/// <summary>
/// An Administrator makes the person with this address a mediator for the organisation. Granting it again changes
/// nothing. A person may mediate for several organisations; the grant counts at their next request, without signing out.
/// </summary>
[RequiresRole(RoleNames.Administrator)]
public sealed record GrantMediator(Guid OrganisationId, string Email) : IRequest<Unit>;

internal sealed class GrantMediatorValidator : AbstractValidator<GrantMediator>
{
    public GrantMediatorValidator() =>
        RuleFor(r => r.Email).NotEmpty().WithMessage("Écrivez l'adresse électronique du compte de la personne.");
}

internal sealed class GrantMediatorHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GrantMediator, Unit>
{
    public async Task<Unit> Handle(GrantMediator request, CancellationToken cancellationToken)
    {
        var organisation = await MediatorGrantTargets.OrganisationAsync(db, request.OrganisationId, cancellationToken);
        var email = request.Email.Trim();
        var normalised = email.ToUpperInvariant();
        var person = await db.Users.Where(u => u.NormalizedEmail == normalised || u.Email == email).Select(u => new { u.Id, u.DisplayName }).FirstOrDefaultAsync(cancellationToken)
            ?? throw ValidationFailedException.For("Email", "Aucun compte n'a cette adresse : la personne doit d'abord créer son compte.");
        if (await db.MediatorGrants.AnyAsync(g => g.UserId == person.Id && g.OrganisationId == organisation.Id, cancellationToken))
        {
            return Unit.Value;
        }

        var now = clock.GetUtcNow();
        db.MediatorGrants.Add(MediatorGrant.Grant(person.Id, organisation.Id, user.Id, now));
        await db.RecordAsync(user, now, null, "mediator.granted", $"{person.DisplayName} : médiateur·rice pour « {organisation.Name} »",
            null, new MediatorGrantTargets.GrantState(person.DisplayName, organisation.Name), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
