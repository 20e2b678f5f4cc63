using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Demo;
using Roadmap.Infrastructure.Tests.Support;

namespace Roadmap.Infrastructure.Tests.Seeding;

[Collection(SeededDemoCollection.Name)]
public sealed class DemoSeederTests(DemoSeederTests.SeededDatabase seeded)
{
    private const string SartheSlug = "usages-numeriques-sarthe";
    private const string HeraultSlug = "usages-services-numeriques-herault";

    private readonly SqliteTestDatabase _database = seeded.Database;

    [Fact]
    public async Task SeedsOneAccountPerRoleEachInItsRole()
    {
        Assert.Equal(RoleNames.All.Order(), DemoSeeder.DemoAccounts.Select(a => a.Role).Order());

        await using var scope = _database.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var (email, role) in DemoSeeder.DemoAccounts)
        {
            var user = await users.FindByEmailAsync(email);
            Assert.NotNull(user);
            Assert.True(user.EmailConfirmed, email);
            Assert.True(await users.IsInRoleAsync(user, role), $"{email} should be {role}");
            Assert.True(await users.CheckPasswordAsync(user, SqliteTestDatabase.DefaultDemoPassword), email);
        }
    }

    [Fact]
    public async Task SeedsTheSartheRoadmapInConcertationWithFiveAxesAndAboutTwentyMeasuredActions()
    {
        var roadmap = await _database.QueryAsync(db => db.Roadmaps.Include(r => r.Axes).SingleAsync(r => r.Slug == SartheSlug));
        var actions = await _database.QueryAsync(db => db.Actions.Where(a => a.RoadmapId == roadmap.Id).ToListAsync());

        Assert.Equal(RoadmapPhase.Concertation, roadmap.CurrentPhase);
        Assert.Equal(5, roadmap.Axes.Count);
        Assert.All(roadmap.Axes, axis => Assert.InRange(axis.Objectives.Count, 2, 3));
        Assert.InRange(actions.Count, 18, 25);
        Assert.All(actions, action => Assert.NotEmpty(action.Indicators));
    }

    [Fact]
    public async Task LeavesSartheActionsInEveryStatusOfTheReview()
    {
        var statuses = await _database.QueryAsync(db =>
            db.Actions.Where(a => db.Roadmaps.Any(r => r.Id == a.RoadmapId && r.Slug == SartheSlug)).Select(a => a.Status).Distinct().ToListAsync());

        ActionStatus[] expected =
        [
            ActionStatus.Proposed, ActionStatus.UnderReview, ActionStatus.Retained, ActionStatus.Merged,
            ActionStatus.NotRetained, ActionStatus.InProgress, ActionStatus.Done,
        ];
        Assert.All(expected, status => Assert.Contains(status, statuses));
    }

    [Fact]
    public async Task RecordsEveryReviewStepOfTheConcertationRoadmapsAsMadeByTheFacilitator()
    {
        var facilitator = await _database.QueryAsync(db => db.Users.SingleAsync(u => u.Email == "animateur@demo.roadmap.local"));
        var actions = await _database.QueryAsync(db => db.Actions
            .Where(a => a.Status != ActionStatus.Proposed && db.Roadmaps.Any(r => r.Id == a.RoadmapId && (r.Slug == SartheSlug || r.Slug == HeraultSlug)))
            .ToListAsync());

        var reviewSteps = actions.SelectMany(a => a.History).Where(h => h.To != ActionStatus.Proposed).ToList();
        Assert.NotEmpty(reviewSteps);
        Assert.All(reviewSteps, step => Assert.Equal(facilitator.Id, step.ById));
    }

    [Fact]
    public async Task TakesSupportsFromCitizensActorsAndElectedOfficials()
    {
        var roles = await _database.QueryAsync(db => db.Supports.Select(s => s.Role).Distinct().ToListAsync());

        Assert.Contains(ParticipantRole.Citizen, roles);
        Assert.Contains(ParticipantRole.Actor, roles);
        Assert.Contains(ParticipantRole.ElectedOfficial, roles);
    }

    [Fact]
    public async Task KeepsEveryParticipantWithinTheSartheSupportCap()
    {
        var roadmap = await _database.QueryAsync(db => db.Roadmaps.SingleAsync(r => r.Slug == SartheSlug));
        var perParticipant = await _database.QueryAsync(db =>
            db.Supports.Where(s => db.Actions.Any(a => a.Id == s.ActionId && a.RoadmapId == roadmap.Id))
                .GroupBy(s => s.UserId).Select(g => g.Count()).ToListAsync());

        Assert.NotNull(roadmap.VotingRules.MaxSupportsPerParticipant);
        Assert.All(perParticipant, count => Assert.InRange(count, 1, roadmap.VotingRules.MaxSupportsPerParticipant.Value));
    }

    [Fact]
    public async Task WritesThreadedDiscussionsUpToTheMaximumDepth()
    {
        var comments = await _database.QueryAsync(db => db.Comments.ToListAsync());

        Assert.True(comments.Count >= 40, $"Only {comments.Count} comments.");
        Assert.Equal(3, comments.Max(c => c.Depth));
    }

    [Fact]
    public async Task SeedsASecondRoadmapInWorkshopsOpenToOfficialsAndActors()
    {
        var second = await _database.QueryAsync(db => db.Roadmaps.Include(r => r.Axes).SingleAsync(r => r.Slug == HeraultSlug));
        var actionCount = await _database.QueryAsync(db => db.Actions.CountAsync(a => a.RoadmapId == second.Id));

        Assert.Equal(RoadmapPhase.Ateliers, second.CurrentPhase);
        Assert.Equal(SupportEligibility.OfficialsAndActors, second.VotingRules.Eligibility);
        Assert.InRange(second.Axes.Count, 4, 5);
        Assert.InRange(actionCount, 5, 8);
    }

    [Fact]
    public async Task AddsNothingWhenRunAgain()
    {
        await using var database = new SqliteTestDatabase();
        await database.PrepareAsync(seedDemo: true);
        var before = await CountEverythingAsync(database);

        await database.PrepareAsync(seedDemo: true);

        Assert.Equal(before, await CountEverythingAsync(database));
    }

    [Fact]
    public async Task RefusesAnEmptyPassword()
    {
        await using var database = new SqliteTestDatabase(demoPassword: "");

        await Assert.ThrowsAsync<InvalidOperationException>(() => database.PrepareAsync(seedDemo: true));
    }

    private static Task<string> CountEverythingAsync(SqliteTestDatabase database) =>
        database.QueryAsync(async db => string.Join(", ",
            await db.Organisations.CountAsync(),
            await db.Users.CountAsync(),
            await db.Roadmaps.CountAsync(),
            await db.Actions.CountAsync(),
            await db.Supports.CountAsync(),
            await db.Endorsements.CountAsync(),
            await db.Comments.CountAsync(),
            await db.Pilots.CountAsync(),
            await db.IndicatorValues.CountAsync(),
            await db.Updates.CountAsync()));

    /// <summary>One seeded database shared by the read-only demo tests (<see cref="SeededDemoCollection"/>).</summary>
    public sealed class SeededDatabase : IAsyncLifetime
    {
        public SqliteTestDatabase Database { get; } = new();

        public Task InitializeAsync() => Database.PrepareAsync(seedDemo: true);

        public Task DisposeAsync() => Database.DisposeAsync().AsTask();
    }
}
