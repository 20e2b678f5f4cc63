using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Roadmaps.Team.GetMyTeams;

/// <summary>The roadmaps whose team the caller belongs to, by title (none when signed out): what the menu links to.</summary>
public sealed record GetMyTeams : IQuery<IReadOnlyList<MyTeam>>;

public sealed record MyTeam(string Slug, string Title, TeamRole Role);

internal sealed class GetMyTeamsHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<GetMyTeams, IReadOnlyList<MyTeam>>
{
    public async Task<IReadOnlyList<MyTeam>> Handle(GetMyTeams request, CancellationToken cancellationToken) =>
        user.Id is not { } userId
            ? []
            : await (
                    from m in db.TeamMembers.AsNoTracking()
                    join r in db.Roadmaps on m.RoadmapId equals r.Id
                    where m.UserId == userId
                    orderby r.Title
                    select new MyTeam(r.Slug, r.Title, m.Role))
                .ToListAsync(cancellationToken);
}
