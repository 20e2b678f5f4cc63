using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Infrastructure.Seeding;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Search;

/// <summary>
/// The web app (<see cref="WebApp"/>) on the demo data, plus one roadmap of its own (<see cref="LongSlug"/>) with
/// <see cref="LongCount"/> actions on its first axis, enough for several pages.
/// </summary>
public sealed class SearchWebApp : WebApp, IAsyncLifetime
{
    public const string LongSlug = "liste-longue";
    public const int LongCount = 45;

    public async Task InitializeAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RoadmapDbContext>();
        var now = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
        var owner = Organisation.Create("Département de test", OrganisationKind.Departement, "99");
        var roadmap = TerritorialRoadmap.Create(owner, "Une liste longue", LongSlug, "Pour paginer.", now);
        roadmap.AddAxis("Axe très fourni", "");
        roadmap.AddAxis("Axe vide", "");
        roadmap.AdvanceTo(RoadmapPhase.Concertation);
        var proposer = new ApplicationUser { Id = Guid.NewGuid(), DisplayName = "Porteuse", UserName = "porteuse@liste.test", Email = "porteuse@liste.test", CreatedAt = now };
        db.AddRange(owner, roadmap, proposer);
        for (var i = 1; i <= LongCount; i++)
        {
            var draft = new ActionDraft(roadmap.Axes[0].Id, $"Action numéro {i}", "Un résumé.", "", null, [], [], [], ActionBudget.None, []);
            db.Add(RoadmapAction.Propose(roadmap, draft, proposer.Id, now.AddMinutes(i)));
        }

        await db.SaveChangesAsync();
        await BulkCounters.RefreshRoadmapAsync(db, roadmap.Id, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
