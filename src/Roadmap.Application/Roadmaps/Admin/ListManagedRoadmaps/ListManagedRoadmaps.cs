using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Roadmaps.Admin.ListManagedRoadmaps;

/// <summary>
/// The roadmaps the caller manages (all of them for an Administrator, those of their team otherwise),
/// newest first, and whether the caller may create one.
/// </summary>
[RequiresRole]
public sealed record ListManagedRoadmaps : IQuery<ManagedRoadmaps>;

public sealed record ManagedRoadmaps(IReadOnlyList<ManagedRoadmap> Roadmaps, bool CanCreate);

public sealed record ManagedRoadmap(string Slug, string Title, string OwnerName, RoadmapPhase Phase, bool AdvancesAutomatically, DateTimeOffset? ArchivedAt);

internal sealed class ListManagedRoadmapsHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<ListManagedRoadmaps, ManagedRoadmaps>
{
    public async Task<ManagedRoadmaps> Handle(ListManagedRoadmaps request, CancellationToken cancellationToken)
    {
        var admin = user.IsInRole(RoleNames.Administrator);
        var userId = user.RequireId();
        var roadmaps = await db.Roadmaps.AsNoTracking()
            .Where(r => admin || db.TeamMembers.Any(m => m.RoadmapId == r.Id && m.UserId == userId && m.Role == TeamRole.Manager))
            .OrderByDescending(r => r.CreatedAt)
            .Select(r => new ManagedRoadmap(
                r.Slug,
                r.Title,
                db.Organisations.Where(o => o.Id == r.OwnerOrganisationId).Select(o => o.Name).FirstOrDefault() ?? "",
                r.CurrentPhase,
                r.AdvancesAutomatically,
                r.ArchivedAt))
            .ToListAsync(cancellationToken);
        return new ManagedRoadmaps(roadmaps, admin);
    }
}
