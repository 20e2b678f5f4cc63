using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Workshops.ListFacilitators;

/// <summary>
/// Whom a workshop form offers as co-facilitators, by name: the accounts with the global Facilitator
/// role, plus the team of <see cref="RoadmapSlug"/> when given (then readable by that team; else by staff).
/// </summary>
[RequiresRole]
public sealed record ListFacilitators(string? RoadmapSlug = null) : IQuery<IReadOnlyList<FacilitatorOption>>;

public sealed record FacilitatorOption(Guid Id, string DisplayName);

internal sealed class ListFacilitatorsHandler(IRoadmapDbContext db, ICurrentUser user, UserManager<ApplicationUser> users)
    : IRequestHandler<ListFacilitators, IReadOnlyList<FacilitatorOption>>
{
    public async Task<IReadOnlyList<FacilitatorOption>> Handle(ListFacilitators request, CancellationToken cancellationToken)
    {
        List<FacilitatorOption> team = [];
        if (request.RoadmapSlug is null)
        {
            if (!user.IsStaff())
            {
                throw new ForbiddenException();
            }
        }
        else
        {
            var roadmapId = await db.Roadmaps.Where(r => r.Slug == request.RoadmapSlug).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("La feuille de route", request.RoadmapSlug);
            await db.EnsureTeamAsync(user, roadmapId, cancellationToken);
            team = await (
                    from m in db.TeamMembers
                    join u in db.Users on m.UserId equals u.Id
                    where m.RoadmapId == roadmapId
                    select new FacilitatorOption(u.Id, u.DisplayName))
                .ToListAsync(cancellationToken);
        }

        var facilitators = await users.GetUsersInRoleAsync(RoleNames.Facilitator);
        return [.. facilitators.Select(u => new FacilitatorOption(u.Id, u.DisplayName))
            .Concat(team)
            .DistinctBy(f => f.Id)
            .OrderBy(f => f.DisplayName, FrenchFormat.Order).ThenBy(f => f.Id)];
    }
}
