using MediatR;
using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Roadmaps.Admin.ArchiveRoadmap;

/// <summary>
/// Archives a roadmap: it stays public and readable, but takes no more proposals, supports,
/// comments or phase changes.
/// </summary>
[RequiresRole(RoleNames.Administrator)]
public sealed record ArchiveRoadmap(string Slug) : IRequest<Unit>;

internal sealed class ArchiveRoadmapHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ArchiveRoadmap, Unit>
{
    public async Task<Unit> Handle(ArchiveRoadmap request, CancellationToken cancellationToken)
    {
        var roadmap = await RoadmapAdmin.LoadAsync(db, request.Slug, cancellationToken);
        var now = clock.GetUtcNow();
        roadmap.Archive(now);
        await db.RecordAsync(user, now, roadmap.Id, "roadmap.archived", RoadmapAdmin.Subject(roadmap),
            new { ArchivedAt = (DateTimeOffset?)null }, new { roadmap.ArchivedAt }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
