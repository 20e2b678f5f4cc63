using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Roadmaps.Team.GetTeam;

/// <summary>The team of a roadmap, managers first then by name; readable by its team (e-mails by those who manage it).</summary>
[RequiresRole]
public sealed record GetTeam(string Slug) : IQuery<TeamView>;

public sealed record TeamView(Guid RoadmapId, string Slug, string Title, bool CanManage, IReadOnlyList<TeamMemberView> Members);

/// <summary>One member; <see cref="Email"/> is null unless the reader manages the roadmap.</summary>
public sealed record TeamMemberView(Guid UserId, string DisplayName, string? Email, TeamRole Role, DateTimeOffset GrantedAt, string? GrantedByName);

internal sealed class GetTeamHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<GetTeam, TeamView>
{
    public async Task<TeamView> Handle(GetTeam request, CancellationToken cancellationToken)
    {
        var roadmap = await TeamRules.LoadRoadmapAsync(db, request.Slug, cancellationToken);
        await db.EnsureTeamAsync(user, roadmap.Id, cancellationToken);
        var canManage = await db.CanManageAsync(user, roadmap.Id, cancellationToken);
        var members = await (
                from m in db.TeamMembers.AsNoTracking()
                join u in db.Users on m.UserId equals u.Id
                where m.RoadmapId == roadmap.Id
                select new
                {
                    m.UserId, u.DisplayName, u.Email, m.Role, m.GrantedAt,
                    GrantedByName = db.Users.Where(g => g.Id == m.GrantedById).Select(g => g.DisplayName).FirstOrDefault(),
                })
            .ToListAsync(cancellationToken);
        return new TeamView(roadmap.Id, roadmap.Slug, roadmap.Title, canManage, [.. members
            .OrderBy(m => m.Role).ThenBy(m => m.DisplayName, FrenchFormat.Order).ThenBy(m => m.UserId)
            .Select(m => new TeamMemberView(m.UserId, m.DisplayName, canManage ? m.Email : null, m.Role, m.GrantedAt, m.GrantedByName))]);
    }
}
