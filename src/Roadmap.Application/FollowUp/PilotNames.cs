using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.FollowUp.GetActionPilots;

namespace Roadmap.Application.FollowUp;

/// <summary>Reads an action's pilots, sorted by name the French way.</summary>
internal static class PilotNames
{
    public static async Task<IReadOnlyList<ActionPilotView>> OfAsync(IRoadmapDbContext db, Guid actionId, CancellationToken cancellationToken)
    {
        var pilots = await (
                from p in db.Pilots.AsNoTracking()
                join u in db.Users on p.UserId equals u.Id into people
                from u in people.DefaultIfEmpty()
                where p.ActionId == actionId
                select new
                {
                    p.UserId,
                    Name = u == null ? null : u.DisplayName,
                    Organisation = u == null ? null : db.Organisations.Where(o => o.Id == u.OrganisationId).Select(o => o.Name).FirstOrDefault(),
                })
            .ToListAsync(cancellationToken);
        return [.. pilots
            .Select(p => new ActionPilotView(p.UserId, string.IsNullOrEmpty(p.Name) ? ParticipantNames.Deleted : p.Name, p.Organisation))
            .OrderBy(p => p.DisplayName, FrenchFormat.Order).ThenBy(p => p.UserId)];
    }
}
