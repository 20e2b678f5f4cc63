using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Access;

namespace Roadmap.Application.Workshops.Registration;

/// <summary>
/// Signs the caller up for a scheduled workshop and mails them its invitation (.ics) in the same
/// transaction. Idempotent: registering again changes nothing and mails nothing. Returns whether this
/// request registered them.
/// </summary>
[RequiresRole]
public sealed record RegisterForWorkshop(Guid WorkshopId) : IRequest<bool>;

internal sealed class RegisterForWorkshopHandler(IRoadmapDbContext db, ICurrentUser user, WorkshopMailer mailer, TimeProvider clock)
    : IRequestHandler<RegisterForWorkshop, bool>
{
    public async Task<bool> Handle(RegisterForWorkshop request, CancellationToken cancellationToken)
    {
        var userId = user.RequireId();
        var now = clock.GetUtcNow();
        var workshop = await WorkshopAccess.LoadAsync(db, request.WorkshopId, cancellationToken);
        if (workshop.RegistrationRefusalAt(now) is { } refusal)
        {
            throw new DomainRuleException(refusal);
        }

        if (await db.WorkshopRegistrations.AnyAsync(r => r.WorkshopId == workshop.Id && r.UserId == userId, cancellationToken))
        {
            return false;
        }

        var to = (await mailer.RecipientsAsync([userId], cancellationToken)).SingleOrDefault()
            ?? throw new DomainRuleException("Votre compte n'a pas d'adresse électronique : l'invitation ne peut pas vous être envoyée.");
        var registration = WorkshopRegistration.Register(workshop.Id, userId, now);
        db.WorkshopRegistrations.Add(registration);
        var invitation = mailer.Invite(workshop, to);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // A double submit on another node won the (workshop, person) key: it sent the one invitation.
            db.WorkshopRegistrations.Remove(registration);
            db.OutboxMails.Remove(invitation);
            return await db.WorkshopRegistrations.AnyAsync(r => r.WorkshopId == workshop.Id && r.UserId == userId, cancellationToken)
                ? false
                : throw new ConflictException("L'inscription n'a pas pu être enregistrée : réessayez.");
        }
    }
}
