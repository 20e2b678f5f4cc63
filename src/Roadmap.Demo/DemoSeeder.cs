using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Demo.Content;
using Roadmap.Demo.Writers;

namespace Roadmap.Demo;

/// <summary>
/// Loads the demo: the Sarthe's roadmap of digital uses (in concertation, so visitors can propose
/// and support) and a second roadmap modelled on the Hérault's strategy (in workshops), with
/// organisations, accounts, supports, endorsements and comments. Development only: the web app
/// calls it there and nowhere else. Every step that has a use case goes through it, as its author,
/// at the moment the demo says it happened (<see cref="DemoSender"/>); the rest is in <see cref="DirectWrites"/>.
/// </summary>
public static class DemoSeeder
{
    /// <summary>One account per role, all with the password <c>Demo:Password</c>.</summary>
    public static IReadOnlyList<(string Email, string Role)> DemoAccounts { get; } =
        DemoPeople.All.Take(RoleNames.All.Count).Select(p => (p.Email, p.Role)).ToList();

    /// <summary>
    /// Seeds a migrated database that has no roadmap yet, dating everything before <paramref name="now"/>;
    /// does nothing if a roadmap exists. <paramref name="contentRoot"/> and <paramref name="configuration"/>
    /// are the app's, so the demo writes to the app's database.
    /// </summary>
    public static async Task SeedAsync(
        IConfiguration configuration, string contentRoot, DateTimeOffset now, ILoggerFactory loggers, CancellationToken cancellationToken = default)
    {
        await using var sender = new DemoSender(configuration, contentRoot, now, loggers);
        var direct = new DirectWrites(sender);
        if (await direct.AnyRoadmapAsync(cancellationToken))
        {
            return;
        }

        var password = configuration.GetSection(DemoOptions.Section).Get<DemoOptions>()?.Password;
        if (string.IsNullOrWhiteSpace(password))
        {
            throw new InvalidOperationException(
                $"The demo data needs a password for its accounts: set {DemoOptions.Section}:Password " +
                $"(user secrets, or the environment variable {DemoOptions.Section}__Password).");
        }

        await SeedEverythingAsync(sender, direct, password, cancellationToken);
    }

    private static async Task SeedEverythingAsync(DemoSender sender, DirectWrites direct, string password, CancellationToken cancellationToken)
    {
        var now = sender.Clock.Today;
        var organisations = new DemoOrganisations();
        await direct.AddOrganisationsAsync(organisations.All, cancellationToken);
        var cast = await new DemoAccountWriter(sender, direct, password).CreateAsync(organisations, cancellationToken);

        var sarthe = SartheRoadmap.Create(organisations, now);
        await direct.AddRoadmapAsync(sarthe, cancellationToken);
        await WriteAsync(sender, sarthe, SartheActions.Content, cast, organisations, cancellationToken);

        // Proposals, supports and comments were taken during the concertation; the workshops came after.
        var herault = SecondRoadmap.Create(organisations, now);
        await direct.AddRoadmapAsync(herault, cancellationToken);
        await WriteAsync(sender, herault, HeraultActions.Content, cast, organisations, cancellationToken);
        await direct.AdvanceAsync(herault.Id, RoadmapPhase.Ateliers, cancellationToken);
    }

    private static async Task WriteAsync(
        DemoSender sender, TerritorialRoadmap roadmap, DemoRoadmapContent content, DemoCast cast, DemoOrganisations organisations, CancellationToken cancellationToken)
    {
        var timeline = new DemoTimeline(sender.Clock.Today);
        var actionWriter = new DemoActionWriter(sender, cast, organisations, timeline);
        var participationWriter = new DemoParticipationWriter(sender, cast, timeline);

        // Order matters: supports and co-signatures go first, while every action still accepts them.
        var actions = await actionWriter.ProposeAsync(roadmap, content.Actions, cancellationToken);
        await participationWriter.GiveSupportsAsync(roadmap, content, actions, cancellationToken);
        await participationWriter.EndorseAsync(content.Endorsements, actions, cancellationToken);
        await actionWriter.ApplyOutcomesAsync(content.Actions, actions, cancellationToken);
        await participationWriter.WriteCommentsAsync(content.Threads, actions, cancellationToken);
    }
}
