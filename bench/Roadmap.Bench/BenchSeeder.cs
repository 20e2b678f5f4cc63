using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Infrastructure;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Infrastructure.Seeding;

namespace Roadmap.Bench;

internal sealed record SeededData(string Slug, Guid FirstAxisId, Guid HotActionId, int HotComments, int Actions, int Comments, int Supports, TimeSpan Took);

/// <summary>
/// Fills a fresh database (a SQLite file or a PostgreSQL database) through the app's own migrations and domain factories: the few
/// organisations, users and the roadmap through EF, the thousands of actions, supports and comments
/// through <see cref="BulkWriter"/>; counters are recomputed once at the end by ActionCounters.
/// </summary>
internal static class BenchSeeder
{
    public const string Slug = "banc-d-essai";
    private const int UserCount = 600;

    public static async Task<SeededData> SeedAsync(BenchDatabase database, string folder, BenchOptions options, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        await using (var provider = Services(database, folder).BuildServiceProvider())
        {
            await DatabaseSetup.PrepareAsync(provider, cancellationToken);
            var data = await FillAsync(provider, options, cancellationToken);
            database.ClearPools();
            return data with { Took = started.Elapsed };
        }
    }

    /// <summary>A database seeded by an earlier run (<c>--database</c>): finds what the scenarios need.</summary>
    public static async Task<SeededData> LoadAsync(BenchDatabase database, string folder, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        await using var provider = Services(database, folder).BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RoadmapDbContext>();
        var roadmapId = await db.Roadmaps.Where(r => r.Slug == Slug).Select(r => r.Id).SingleAsync(cancellationToken);
        var axisId = await db.Axes.Where(x => x.RoadmapId == roadmapId).OrderBy(x => x.Position).Select(x => x.Id).FirstAsync(cancellationToken);
        var hot = await db.Actions.Where(a => a.RoadmapId == roadmapId).OrderByDescending(a => a.CommentCount).Select(a => new { a.Id, a.CommentCount }).FirstAsync(cancellationToken);
        var data = new SeededData(Slug, axisId, hot.Id, hot.CommentCount, await db.Actions.CountAsync(cancellationToken),
            await db.Comments.CountAsync(cancellationToken), await db.Supports.CountAsync(cancellationToken), started.Elapsed);
        database.ClearPools();
        return data;
    }

    internal static ServiceCollection Services(BenchDatabase database, string folder)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddApplication().AddInfrastructure(configuration, folder);
        return services;
    }

    private static async Task<SeededData> FillAsync(IServiceProvider provider, BenchOptions options, CancellationToken cancellationToken)
    {
        var random = new Random(20_260_509);
        var now = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
        var department = Organisation.Create("Département du Banc d'Essai", OrganisationKind.Departement, "99");
        var epcis = Enumerable.Range(1, 10).Select(i => Organisation.Create($"Communauté de communes n° {i}", OrganisationKind.Epci, $"2{i:D8}", department)).ToList();
        var communes = Enumerable.Range(1, 90).Select(i => Organisation.Create($"Saint-Éloi-{i}", OrganisationKind.Commune, $"99{i:D3}", epcis[i % epcis.Count])).ToList();
        var organisations = epcis.Concat(communes).ToList();
        var users = Enumerable.Range(0, UserCount).Select(i => NewUser(i, i % 3 == 0 ? BenchText.Pick(random, organisations).Id : null, now)).ToList();
        var facilitator = users[0].Id;

        var roadmap = TerritorialRoadmap.Create(department, "Feuille de route du banc d'essai", Slug, "Données **générées** pour mesurer les listes longues.", now);
        foreach (var axis in new[] { "Inclusion numérique", "Infrastructures", "Services publics en ligne", "Attractivité du territoire", "Numérique responsable" })
        {
            roadmap.AddAxis(axis, $"Axe {axis.ToLowerInvariant()} du banc d'essai.");
        }

        roadmap.AdvanceTo(RoadmapPhase.Concertation);
        await SaveAsync(provider, [department, .. organisations, .. users, roadmap], cancellationToken);

        var watch = Stopwatch.StartNew();
        var actions = BenchActions.Create(random, roadmap, users, organisations, facilitator, options.Actions, now);
        var values = BenchFollowUp.Follow(random, actions, facilitator, now);
        await BulkAsync(provider, actions, cancellationToken);
        await BulkAsync(provider, actions.SelectMany(a => a.Indicators), cancellationToken);
        await BulkAsync(provider, values, cancellationToken);
        Console.Write($"[actions {watch.Elapsed.TotalSeconds:0.0} s] ");
        watch.Restart();
        var supports = BenchActions.Supports(random, roadmap, actions, users, now);
        await BulkAsync(provider, supports, cancellationToken);
        Console.Write($"[soutiens {watch.Elapsed.TotalSeconds:0.0} s] ");
        watch.Restart();
        var comments = BenchActions.Comments(random, actions, users, options.Comments, options.HotComments, now);
        await BulkAsync(provider, comments, cancellationToken);
        Console.Write($"[commentaires {watch.Elapsed.TotalSeconds:0.0} s] ");
        watch.Restart();
        await BulkAsync(provider, BenchActions.Follows(random, roadmap, actions, users, now), cancellationToken);

        await using (var scope = provider.CreateAsyncScope())
        {
            await BulkCounters.RefreshRoadmapAsync(scope.ServiceProvider.GetRequiredService<RoadmapDbContext>(), roadmap.Id, cancellationToken);
        }

        Console.Write($"[compteurs {watch.Elapsed.TotalSeconds:0.0} s] ");

        return new SeededData(Slug, roadmap.Axes[0].Id, actions[0].Id, Math.Min(options.HotComments, comments.Count), actions.Count, comments.Count, supports.Count, TimeSpan.Zero);
    }

    private static ApplicationUser NewUser(int index, Guid? organisationId, DateTimeOffset now)
    {
        var user = new ApplicationUser { Id = Guid.NewGuid(), DisplayName = $"Participant·e {index}", OrganisationId = organisationId, CreatedAt = now };
        user.UserName = user.Email = $"participant{index}@banc.roadmap.local";
        user.NormalizedUserName = user.NormalizedEmail = user.Email.ToUpperInvariant();
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        return user;
    }

    private static async Task SaveAsync(IServiceProvider provider, IEnumerable<object> entities, CancellationToken cancellationToken)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RoadmapDbContext>();
        db.AddRange(entities);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task BulkAsync<T>(IServiceProvider provider, IEnumerable<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        await using var scope = provider.CreateAsyncScope();
        await new BulkWriter(scope.ServiceProvider.GetRequiredService<RoadmapDbContext>()).InsertAsync(entities, cancellationToken);
    }
}
