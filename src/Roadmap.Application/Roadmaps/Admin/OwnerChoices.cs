using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Roadmaps.Admin.GetRoadmapForAdmin;

namespace Roadmap.Application.Roadmaps.Admin;

/// <summary>The collectivities offered as a roadmap's owner, by name.</summary>
internal static class OwnerChoices
{
    public static async Task<IReadOnlyList<OwnerChoice>> ListAsync(IRoadmapDbContext db, CancellationToken cancellationToken)
    {
        var owners = await db.Organisations.AsNoTracking()
            .Where(o => RoadmapAdmin.OwnerKinds.Contains(o.Kind))
            .Select(o => new OwnerChoice(o.Id, o.Name))
            .ToListAsync(cancellationToken);
        return [.. owners.OrderBy(o => o.Name, FrenchFormat.Order)];
    }
}
