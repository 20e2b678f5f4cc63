using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Web.Infrastructure;

/// <summary>The accounts' current security stamps, in one query; a deleted account is absent.</summary>
internal static class SecurityStamps
{
    public static async Task<Dictionary<Guid, string?>> CurrentAsync(IRoadmapDbContext db, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.SecurityStamp })
            .ToDictionaryAsync(u => u.Id, u => u.SecurityStamp, cancellationToken);
}
