using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Roadmaps.Team.RevokeTeamRole;

/// <summary>
/// An Administrator or a manager of the roadmap removes a person from its team (see
/// <see cref="TeamRules"/> for the last manager). Removing someone who is not in the team changes nothing.
/// </summary>
[RequiresRole]
public sealed record RevokeTeamRole(string Slug, Guid UserId) : IRequest<Unit>;

internal sealed class RevokeTeamRoleHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<RevokeTeamRole, Unit>
{
    public async Task<Unit> Handle(RevokeTeamRole request, CancellationToken cancellationToken)
    {
        var roadmap = await TeamRules.LoadRoadmapAsync(db, request.Slug, cancellationToken);
        await db.EnsureCanManageAsync(user, roadmap.Id, cancellationToken);
        var member = await db.TeamMembers.FirstOrDefaultAsync(m => m.RoadmapId == roadmap.Id && m.UserId == request.UserId, cancellationToken);
        if (member is null)
        {
            return Unit.Value;
        }

        await TeamRules.EnsureNotLeavingLastAsync(db, user, member, cancellationToken);
        var person = await db.Users.Where(u => u.Id == member.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? "";
        db.TeamMembers.Remove(member);
        await db.RecordAsync(user, clock.GetUtcNow(), roadmap.Id, "team.revoked", $"{person} retiré·e de l'équipe de « {roadmap.Title} »",
            new TeamState(person, member.Role), null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
