using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Infrastructure.Seeding;
using ActionSupport = Roadmap.Application.Domain.Participation.Support;

namespace Roadmap.Infrastructure.Tests.Persistence;

/// <summary>
/// Rows written beside the use cases (the benchmark's seed, fixtures) on a real PostgreSQL server (test.sh sets
/// ROADMAP_TEST_POSTGRES): the counters' recount analyses the tables it reads before counting, so that the planner
/// does not count on an empty estimate (the benchmark's seed ran past the command timeout without it).
/// </summary>
public sealed class PostgreSqlBulkCountersTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task TheCountedTablesAreAnalysedAndTheCountersMatchTheRows()
    {
        await using var postgreSql = await FreshPostgreSql.OpenAsync();
        var db = postgreSql.Db;
        var owner = Organisation.Create("Département de la Sarthe", OrganisationKind.Departement, "72");
        var roadmap = TerritorialRoadmap.Create(owner, "Feuille", "feuille", "", Now);
        var axis = roadmap.AddAxis("Inclusion numérique", "");
        roadmap.AdvanceTo(RoadmapPhase.Concertation);
        var people = Enumerable.Range(1, 3).Select(i => ApplicationUser.Open($"personne{i}@example.fr", $"Personne {i}", Now)).ToList();
        var action = RoadmapAction.Propose(roadmap, new ActionDraft(axis.Id, "Ouvrir des permanences", "Dans chaque commune.", "", null, [], [], [], new ActionBudget(null, ""), []), people[0].Id, Now);
        db.AddRange(owner, roadmap, action);
        db.Users.AddRange(people);
        db.Supports.AddRange(people.Take(2).Select(p => ActionSupport.Give(roadmap, action, p.Id, ParticipantRole.Citizen, null, Now)));
        db.Comments.AddRange(people.Select(p => Comment.Write(action, null, p.Id, ParticipantRole.Citizen, "Bonne idée.", CommentAlignment.For, Now)));
        await db.SaveChangesAsync();
        Assert.Equal(-1, await EstimatedRowsAsync(db, "Comments"));

        await BulkCounters.RefreshRoadmapAsync(db, roadmap.Id, CancellationToken.None);

        Assert.Equal(
            [("Actions", 1), ("ActionUpdates", 0), ("Comments", 3), ("MediatedContributions", 0), ("Supports", 2)],
            [("Actions", await EstimatedRowsAsync(db, "Actions")), ("ActionUpdates", await EstimatedRowsAsync(db, "ActionUpdates")),
             ("Comments", await EstimatedRowsAsync(db, "Comments")), ("MediatedContributions", await EstimatedRowsAsync(db, "MediatedContributions")),
             ("Supports", await EstimatedRowsAsync(db, "Supports"))]);
        var counted = await db.Actions.AsNoTracking().SingleAsync(a => a.Id == action.Id);
        Assert.Equal((2, 3), (counted.SupportCount, counted.CommentCount));
    }

    /// <summary>The planner's row estimate (<c>pg_class.reltuples</c>): -1 for a table never analysed nor vacuumed.</summary>
    private static async Task<int> EstimatedRowsAsync(RoadmapDbContext db, string table) =>
        await db.Database.SqlQuery<int>($"SELECT reltuples::int AS \"Value\" FROM pg_class WHERE relname = {table}").SingleAsync();
}
