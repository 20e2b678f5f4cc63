using MediatR;
using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Roadmaps.Admin.EditRoadmap;

/// <summary>
/// Edits a roadmap's description (managers). The address stays unless <see cref="NewSlug"/> is given
/// (links to the old address then stop working). Returns the roadmap's slug after the change.
/// </summary>
public sealed record EditRoadmap(string Slug, Guid OwnerOrganisationId, string Title, string Summary, string Description, string? NewSlug = null)
    : IRequest<string>;

internal sealed class EditRoadmapHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<EditRoadmap, string>
{
    public async Task<string> Handle(EditRoadmap request, CancellationToken cancellationToken)
    {
        var roadmap = await RoadmapAdmin.LoadAsync(db, request.Slug, cancellationToken);
        await db.EnsureCanManageAsync(user, roadmap.Id, cancellationToken);
        var before = RoadmapAdmin.Description(roadmap);
        var owner = await RoadmapAdmin.LoadOwnerAsync(db, request.OwnerOrganisationId, cancellationToken);
        roadmap.Edit(owner, request.Title, request.Summary, request.Description);
        if (request.NewSlug?.Trim() is { Length: > 0 } slug && slug != roadmap.Slug)
        {
            await RoadmapAdmin.EnsureSlugFreeAsync(db, slug, roadmap.Id, cancellationToken);
            roadmap.ChangeSlug(slug);
        }

        await db.RecordAsync(user, clock.GetUtcNow(), roadmap.Id, "roadmap.edited", RoadmapAdmin.Subject(roadmap), before, RoadmapAdmin.Description(roadmap), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return roadmap.Slug;
    }
}
