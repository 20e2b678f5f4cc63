using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Participation.EndorseAction;

/// <summary>An elected official co-signs an action on behalf of their collectivity: once per collectivity.</summary>
[RequiresRole(RoleNames.ElectedOfficial)]
public sealed record EndorseAction(Guid ActionId) : IRequest<EndorsementView>;

public sealed record EndorsementView(Guid ActionId, Guid OrganisationId, string OrganisationName, DateTimeOffset EndorsedAt);

internal sealed class EndorseActionHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<EndorseAction, EndorsementView>
{
    public const string AlreadyEndorsed = "Votre collectivité a déjà co-signé cette action.";

    public async Task<EndorsementView> Handle(EndorseAction request, CancellationToken cancellationToken)
    {
        var userId = user.RequireId();
        var (roadmap, action) = await ParticipationTargets.LoadAsync(db, request.ActionId, cancellationToken);
        roadmap.EnsureNotArchived();
        if (action.IsHidden)
        {
            throw new DomainRuleException(ParticipationTargets.HiddenAction);
        }

        // Signed in as an official (checked by the pipeline), they sign in that capacity even if they also hold a staff role.
        var endorsement = Endorsement.Give(action, userId, ParticipantRole.ElectedOfficial, user.OrganisationId, clock.GetUtcNow());
        if (await ExistsAsync(endorsement, cancellationToken))
        {
            throw new ConflictException(AlreadyEndorsed);
        }

        db.Endorsements.Add(endorsement);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index (action, organisation) refused it: another official of the same collectivity was quicker.
            db.Endorsements.Remove(endorsement);
            if (!await ExistsAsync(endorsement, cancellationToken))
            {
                throw;
            }

            throw new ConflictException(AlreadyEndorsed);
        }

        var name = await db.Organisations.Where(o => o.Id == endorsement.OrganisationId).Select(o => o.Name).FirstAsync(cancellationToken);
        return new EndorsementView(action.Id, endorsement.OrganisationId, name, endorsement.CreatedAt);
    }

    private Task<bool> ExistsAsync(Endorsement endorsement, CancellationToken cancellationToken) =>
        db.Endorsements.AnyAsync(e => e.ActionId == endorsement.ActionId && e.OrganisationId == endorsement.OrganisationId, cancellationToken);
}
