using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Infrastructure.Persistence;

namespace Roadmap.Demo.Writers;

/// <summary>What the demo reads back between its requests: whether it already ran, the organisations it set up, a roadmap's id.</summary>
internal sealed class DemoReads(DemoSender sender)
{
    public Task<bool> AnyRoadmapAsync(CancellationToken cancellationToken) =>
        sender.WithScopeAsync(services => Db(services).Roadmaps.AnyAsync(cancellationToken));

    /// <summary>Every organisation (some 730 once the two départements are imported): the demo finds its own among them by code or name.</summary>
    public Task<List<Organisation>> OrganisationsAsync(CancellationToken cancellationToken) =>
        sender.WithScopeAsync(services => Db(services).Organisations.AsNoTracking().ToListAsync(cancellationToken));

    public Task<Guid> RoadmapIdAsync(string slug, CancellationToken cancellationToken) =>
        sender.WithScopeAsync(services => Db(services).Roadmaps.Where(r => r.Slug == slug).Select(r => r.Id).SingleAsync(cancellationToken));

    private static RoadmapDbContext Db(IServiceProvider services) => services.GetRequiredService<RoadmapDbContext>();
}
