using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Participation.WithdrawEndorsement;

/// <summary>
/// An elected official takes back their collectivity's co-signature (whoever of its officials gave it).
/// Idempotent: false when the collectivity had not co-signed. Frozen once the action is no longer active.
/// </summary>
[RequiresRole(RoleNames.ElectedOfficial)]
public sealed record WithdrawEndorsement(Guid ActionId) : IRequest<bool>;

internal sealed class WithdrawEndorsementHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<WithdrawEndorsement, bool>
{
    public async Task<bool> Handle(WithdrawEndorsement request, CancellationToken cancellationToken)
    {
        user.RequireId();
        var organisationId = user.OrganisationId
            ?? throw new DomainRuleException("Votre compte n'est rattaché à aucune collectivité.");
        var (_, action) = await ParticipationTargets.LoadAsync(db, request.ActionId, cancellationToken);
        var ours = db.Endorsements.Where(e => e.ActionId == action.Id && e.OrganisationId == organisationId);
        if (!await ours.AnyAsync(cancellationToken))
        {
            return false;
        }

        if (action.Status is ActionStatus.Withdrawn or ActionStatus.Merged or ActionStatus.NotRetained)
        {
            throw new DomainRuleException("Cette action n'est plus active : sa liste de co-signataires est figée.");
        }

        return await ours.ExecuteDeleteAsync(cancellationToken) > 0;
    }
}
