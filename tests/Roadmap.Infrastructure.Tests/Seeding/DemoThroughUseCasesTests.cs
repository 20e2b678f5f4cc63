using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Following;
using Roadmap.Demo;
using Roadmap.Infrastructure.Seeding;
using Roadmap.Infrastructure.Tests.Support;

namespace Roadmap.Infrastructure.Tests.Seeding;

/// <summary>
/// The demo is written through the use cases, as its authors at past moments: it carries what only
/// the use cases do (authors follow what they write, replies notify) and dates from its own clock.
/// </summary>
[Collection(SeededDemoCollection.Name)]
public sealed class DemoThroughUseCasesTests(DemoSeederTests.SeededDatabase seeded)
{
    private readonly SqliteTestDatabase _database = seeded.Database;

    [Fact]
    public async Task EveryProposerFollowsTheActionTheyProposed()
    {
        var unfollowed = await _database.QueryAsync(db => db.Actions
            .Where(a => !db.Follows.Any(f => f.UserId == a.ProposerId && f.Target == FollowTarget.Action && f.TargetId == a.Id))
            .Select(a => a.Title)
            .ToListAsync());

        Assert.Empty(unfollowed);
    }

    [Fact]
    public async Task RepliesNotifyTheAuthorsTheyAnswer()
    {
        var replies = await _database.QueryAsync(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.Reply));

        Assert.True(replies > 0, "No reply notification: the comments did not go through PostComment.");
    }

    [Fact]
    public async Task DatesSupportsAndCommentsOverThePastMonthsNotAtTheSeedingMoment()
    {
        var supports = await _database.QueryAsync(db => db.Supports.Select(s => s.CreatedAt).ToListAsync());
        var comments = await _database.QueryAsync(db => db.Comments.Select(c => c.CreatedAt).ToListAsync());
        var moments = supports.Concat(comments).ToList();

        Assert.True(moments.Max() - moments.Min() > TimeSpan.FromDays(60), $"Everything between {moments.Min():O} and {moments.Max():O}.");
        Assert.All(moments, at => Assert.True(at <= DateTimeOffset.UtcNow, $"{at:O} is in the future."));
    }

    [Fact]
    public void InfrastructureHoldsNoDemoType()
    {
        var demoTypes = typeof(DatabaseSetup).Assembly.GetTypes()
            .Where(t => t.Name.StartsWith("Demo", StringComparison.Ordinal) || t.Namespace?.Contains(".Demo", StringComparison.Ordinal) == true)
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(demoTypes);
        Assert.NotEqual(typeof(DatabaseSetup).Assembly, typeof(DemoSeeder).Assembly);
    }
}
