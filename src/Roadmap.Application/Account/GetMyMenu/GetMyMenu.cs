using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Account.GetMyMenu;

/// <summary>
/// What the header of every page shows the caller: their teams, the mediation entry, the unread count. One request and
/// one query, so that a signed-in page pays one pipeline pass for its header (issue 14); an empty menu when signed out.
/// </summary>
public sealed record GetMyMenu : IQuery<MyMenu>;

internal sealed class GetMyMenuHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<GetMyMenu, MyMenu>
{
    public async Task<MyMenu> Handle(GetMyMenu request, CancellationToken cancellationToken)
    {
        if (user.Id is not { } userId)
        {
            return MyMenu.SignedOut;
        }

        var found = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                Teams = (
                    from m in db.TeamMembers
                    join r in db.Roadmaps on m.RoadmapId equals r.Id
                    where m.UserId == u.Id
                    orderby r.Title
                    select new MyTeam(r.Slug, r.Title, m.Role)).ToList(),
                IsMediator = db.MediatorGrants.Any(g => g.UserId == u.Id),
                Unread = db.Notifications.Count(n => n.UserId == u.Id && n.ReadAt == null),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null
            ? MyMenu.SignedOut
            : new MyMenu(found.Teams, user.IsStaff() || found.Teams.Count > 0, found.IsMediator, found.Unread);
    }
}
