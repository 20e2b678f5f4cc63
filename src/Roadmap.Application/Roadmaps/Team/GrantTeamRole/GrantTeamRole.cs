using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Roadmaps.Team.GrantTeamRole;

/// <summary>
/// An Administrator or a manager of the roadmap gives a person a role in its team, or changes the
/// role they already have. Giving the role they already have changes nothing. The person is notified.
/// </summary>
[RequiresRole]
public sealed record GrantTeamRole(string Slug, Guid UserId, TeamRole Role) : IRequest<Unit>;

internal sealed class GrantTeamRoleValidator : AbstractValidator<GrantTeamRole>
{
    public GrantTeamRoleValidator()
    {
        RuleFor(r => r.UserId).NotEmpty().WithMessage("Choisissez la personne.");
        RuleFor(r => r.Role).IsInEnum().WithMessage("Le rôle doit être gestionnaire ou animateur·rice.");
    }
}

internal sealed class GrantTeamRoleHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GrantTeamRole, Unit>
{
    public async Task<Unit> Handle(GrantTeamRole request, CancellationToken cancellationToken)
    {
        var actorId = user.RequireId();
        var roadmap = await TeamRules.LoadRoadmapAsync(db, request.Slug, cancellationToken);
        await db.EnsureCanManageAsync(user, roadmap.Id, cancellationToken);
        var person = await db.Users.Where(u => u.Id == request.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("La personne", request.UserId);
        var member = await db.TeamMembers.FirstOrDefaultAsync(m => m.RoadmapId == roadmap.Id && m.UserId == request.UserId, cancellationToken);
        if (member?.Role == request.Role)
        {
            return Unit.Value;
        }

        var now = clock.GetUtcNow();
        var after = new TeamState(person, request.Role);
        if (member is null)
        {
            db.TeamMembers.Add(RoadmapTeamMember.Grant(roadmap.Id, request.UserId, request.Role, actorId, now));
            await db.RecordAsync(user, now, roadmap.Id, "team.granted", $"{person} : {TeamRules.RoleName(request.Role)} de « {roadmap.Title} »", null, after, cancellationToken);
        }
        else
        {
            await TeamRules.EnsureNotLeavingLastAsync(db, user, member, cancellationToken);
            var before = new TeamState(person, member.Role);
            member.Change(request.Role, actorId, now);
            await db.RecordAsync(user, now, roadmap.Id, "team.changed", $"{person} : {TeamRules.RoleName(request.Role)} de « {roadmap.Title} »", before, after, cancellationToken);
        }

        if (request.UserId != actorId)
        {
            db.Notifications.Add(Notification.Create(request.UserId, NotificationKind.TeamRoleGranted,
                $"Vous êtes désormais {TeamRules.RoleName(request.Role)} de la feuille de route « {roadmap.Title} ».", TeamRules.PageLink(roadmap.Slug), now, roadmap.Id));
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
