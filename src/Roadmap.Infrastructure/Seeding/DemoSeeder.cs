using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Infrastructure.Seeding.Demo;

namespace Roadmap.Infrastructure.Seeding;

/// <summary>
/// Loads the demo: the Sarthe's roadmap of digital uses (in concertation, so visitors can propose
/// and support) and a second roadmap modelled on the Hérault's strategy (in workshops), with
/// organisations, accounts, supports, endorsements and comments. Development only.
/// </summary>
public sealed class DemoSeeder(RoadmapDbContext db, UserManager<ApplicationUser> users, DemoOptions options, TimeProvider clock)
{
    /// <summary>One account per role, all with the password <c>Demo:Password</c>.</summary>
    public static IReadOnlyList<(string Email, string Role)> DemoAccounts { get; } =
        DemoPeople.All.Take(RoleNames.All.Count).Select(p => (p.Email, p.Role)).ToList();

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Roadmaps.AnyAsync(cancellationToken))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(options.Password))
        {
            throw new InvalidOperationException(
                $"The demo data needs a password for its accounts: set {DemoOptions.Section}:Password " +
                $"(user secrets, or the environment variable {DemoOptions.Section}__Password).");
        }

        // All or nothing: an interrupted seed must not leave half a demo, which the next start would skip or duplicate.
        await db.InTransactionAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await SeedEverythingAsync(ct);
            return true;
        }, cancellationToken);
    }

    private async Task SeedEverythingAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();

        var organisations = new DemoOrganisations();
        db.Organisations.AddRange(organisations.All);
        await db.SaveChangesAsync(cancellationToken);

        var cast = await new DemoAccountFactory(users, options.Password, now).CreateAsync(organisations);

        var sarthe = SartheRoadmap.Create(organisations, now);
        db.Roadmaps.Add(sarthe);
        Write(sarthe, SartheActions.Content, cast, organisations, now);
        await db.SaveChangesAsync(cancellationToken);

        var herault = SecondRoadmap.Create(organisations, now);
        db.Roadmaps.Add(herault);
        Write(herault, HeraultActions.Content, cast, organisations, now);
        SecondRoadmap.MoveToWorkshops(herault);
        await db.SaveChangesAsync(cancellationToken);

        await ActionCounters.RefreshRoadmapAsync(db, sarthe.Id, cancellationToken);
        await ActionCounters.RefreshRoadmapAsync(db, herault.Id, cancellationToken);
    }

    private void Write(TerritorialRoadmap roadmap, DemoRoadmapContent content, DemoCast cast, DemoOrganisations organisations, DateTimeOffset now)
    {
        var timeline = new DemoTimeline(now);
        var actionWriter = new DemoActionWriter(db, cast, organisations, timeline);
        var participationWriter = new DemoParticipationWriter(db, cast, timeline);

        // Order matters: supports and co-signatures go first, while every action still accepts them.
        var actions = actionWriter.Propose(roadmap, content.Actions);
        participationWriter.GiveSupports(roadmap, content, actions);
        participationWriter.Endorse(content.Endorsements, actions);
        actionWriter.ApplyOutcomes(content.Actions, actions);
        participationWriter.WriteComments(content.Threads, actions);
    }
}
