using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Roadmap.Application.Domain.Users;
using Roadmap.Demo.Content;
using Roadmap.Demo.Writers;

namespace Roadmap.Demo;

/// <summary>
/// Loads the demo: the Sarthe's roadmap of digital uses (in concertation, so visitors can propose
/// and support), a second roadmap modelled on the Hérault's strategy (in workshops, run by its own
/// team, with a workshop held and one to come), a third on the Drôme's objectives (adopted about three
/// years ago and followed up since: pilots, measured values, points d'étape), on the three départements'
/// real collectivities (imported), with accounts, standings, supports, endorsements and comments, and a mediator's
/// entries for residents who are not online (on the Sarthe's roadmap).
/// Development only: the web app calls it there and nowhere else. Every step that has a use case goes through it, as its
/// author, at the moment the demo says it happened (<see cref="DemoSender"/>), the back office's
/// included; the rest is in <see cref="DirectWrites"/> and <see cref="DemoFollowUpWriter"/>.
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
        var reads = new DemoReads(sender);
        if (await reads.AnyRoadmapAsync(cancellationToken))
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

        await SeedEverythingAsync(sender, reads, password, cancellationToken);
    }

    private static async Task SeedEverythingAsync(DemoSender sender, DemoReads reads, string password, CancellationToken cancellationToken)
    {
        var direct = new DirectWrites(sender);
        var accounts = new DemoAccountWriter(sender, direct, password);
        var administrator = await accounts.CreateAdministratorAsync();
        var organisations = await new DemoOrganisationWriter(sender, direct, reads).WriteAsync(administrator, cancellationToken);
        var cast = await accounts.RegisterEveryoneAsync(administrator, organisations, cancellationToken);
        var timeline = new DemoTimeline(sender.Clock.Today);
        var roadmaps = new DemoRoadmapWriter(sender, cast, organisations, timeline);

        var sarthe = await roadmaps.SetUpAsync(SartheRoadmap.Plan, cancellationToken);
        var sartheActions = await WriteAsync(sender, sarthe, SartheActions.Content, cast, organisations, timeline, cancellationToken);
        await roadmaps.SubmitPendingClaimsAsync(SartheRoadmap.Plan, cancellationToken);
        await new DemoMediationWriter(sender, cast, organisations, timeline)
            .WriteAsync(await reads.RoadmapIdAsync(SartheRoadmap.Slug, cancellationToken), sarthe, sartheActions, cancellationToken);

        // Proposals, supports and comments were taken during the concertation; the workshops came after.
        var herault = await roadmaps.SetUpAsync(SecondRoadmap.Plan, cancellationToken);
        var heraultActions = await WriteAsync(sender, herault, HeraultActions.Content, cast, organisations, timeline, cancellationToken);
        await roadmaps.MoveOnAsync(SecondRoadmap.Plan, cancellationToken);
        await new DemoWorkshopWriter(sender, cast, timeline)
            .WriteAsync(herault, cast[SecondRoadmap.Plan.Team.Facilitator], HeraultWorkshops.All, heraultActions, cancellationToken);

        // The Drôme's roadmap is the oldest: proposed, adopted about three years ago, followed up since.
        var drome = await roadmaps.SetUpAsync(DromeRoadmap.Plan, cancellationToken);
        var adoptedOn = DateOnly.FromDateTime(timeline.DaysAgo(DromeRoadmap.AdoptedDaysAgo).UtcDateTime);
        var dromeActions = await WriteAsync(sender, drome, DromeActions.Content(adoptedOn), cast, organisations, timeline, cancellationToken);
        await roadmaps.MoveOnAsync(DromeRoadmap.Plan, cancellationToken);
        await new DemoFollowUpWriter(sender, cast, cast[DromeRoadmap.Plan.Team.Manager], adoptedOn).WriteAsync(DromeFollowUps.All, dromeActions, cancellationToken);
        await direct.SilenceMailAsync(cancellationToken);
    }

    private static async Task<IReadOnlyDictionary<string, DemoProposal>> WriteAsync(
        DemoSender sender, DemoRoadmap roadmap, DemoRoadmapContent content, DemoCast cast, DemoOrganisations organisations, DemoTimeline timeline,
        CancellationToken cancellationToken)
    {
        var actionWriter = new DemoActionWriter(sender, cast, organisations, timeline);
        var participationWriter = new DemoParticipationWriter(sender, cast, timeline);

        // Order matters: supports and co-signatures go first, while every action still accepts them.
        var actions = await actionWriter.ProposeAsync(roadmap, content.Actions, cancellationToken);
        await participationWriter.GiveSupportsAsync(roadmap, content, actions, cancellationToken);
        await participationWriter.EndorseAsync(content.Endorsements, actions, cancellationToken);
        await actionWriter.ApplyOutcomesAsync(content.Actions, actions, cancellationToken);
        await participationWriter.WriteCommentsAsync(content.Threads, actions, cancellationToken);
        return actions;
    }
}
