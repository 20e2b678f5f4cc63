using MediatR;
using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Roadmaps.Admin.CreateRoadmap;

/// <summary>Creates a roadmap in phase Diagnostic, owned by a collectivity; public at once. Returns its slug.</summary>
[RequiresRole(RoleNames.Administrator)]
public sealed record CreateRoadmap(Guid OwnerOrganisationId, string Title, string Slug, string Summary, string Description) : IRequest<string>;

internal sealed class CreateRoadmapHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<CreateRoadmap, string>
{
    public async Task<string> Handle(CreateRoadmap request, CancellationToken cancellationToken)
    {
        var owner = await RoadmapAdmin.LoadOwnerAsync(db, request.OwnerOrganisationId, cancellationToken);
        var slug = request.Slug.Trim();
        await RoadmapAdmin.EnsureSlugFreeAsync(db, slug, null, cancellationToken);
        var now = clock.GetUtcNow();
        var roadmap = TerritorialRoadmap.Open(owner, request.Title, slug, request.Summary, request.Description, now);
        db.Roadmaps.Add(roadmap);
        await db.RecordAsync(user, now, roadmap.Id, "roadmap.created", RoadmapAdmin.Subject(roadmap), null, RoadmapAdmin.Description(roadmap), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return roadmap.Slug;
    }
}
