using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Roadmaps.Admin.AdvancePhase;
using Roadmap.Application.Roadmaps.Admin.CreateRoadmap;
using Roadmap.Application.Roadmaps.Admin.SchedulePhases;
using Roadmap.Application.Roadmaps.Axes.AddAxis;
using Roadmap.Application.Roadmaps.Rules.ChangeParticipationRules;
using Roadmap.Application.Roadmaps.Team.GrantTeamRole;
using Roadmap.Application.Standing.DecideStandingClaim;
using Roadmap.Application.Standing.SubmitStandingClaim;
using Roadmap.Demo.Content;

namespace Roadmap.Demo.Writers;

/// <summary>
/// Sets a demo roadmap up through its back office (<see cref="DemoRoadmapPlan"/>): the administrator
/// creates it with its calendar, rules and axes and gives it a team; the people of its territory
/// claim their standing and its manager approves them; the manager opens the concertation and, later,
/// the next phases.
/// </summary>
internal sealed class DemoRoadmapWriter(DemoSender sender, DemoCast cast, DemoOrganisations organisations, DemoTimeline timeline)
{
    public async Task<DemoRoadmap> SetUpAsync(DemoRoadmapPlan plan, CancellationToken cancellationToken)
    {
        var administrator = cast[DemoPeople.Administrator];
        var created = timeline.DaysAgo(plan.CreatedDaysAgo);
        var today = DateOnly.FromDateTime(sender.Clock.Today.UtcDateTime);
        await sender.SendAsync(administrator, created,
            new CreateRoadmap(plan.Owner(organisations).Id, plan.Title, plan.Slug, plan.Summary, plan.Description), cancellationToken);
        await sender.SendAsync(administrator, created.AddMinutes(10), new SchedulePhases(plan.Slug, plan.Schedule.On(today), AdvancesAutomatically: false), cancellationToken);
        var rules = plan.Rules;
        await sender.SendAsync(administrator, created.AddMinutes(15), new ChangeParticipationRules(
            plan.Slug, rules.Proposers, rules.Eligibility, rules.MaxSupportsPerParticipant, rules.CountsShownDuringPhase), cancellationToken);
        var axisIds = new List<Guid>();
        foreach (var axis in plan.Axes)
        {
            var added = await sender.SendAsync(administrator, created.AddMinutes(20 + axisIds.Count), new AddAxis(plan.Slug, axis.Title, axis.Description, axis.Objectives), cancellationToken);
            axisIds.Add(added.Id);
        }

        await GiveTeamAsync(plan, cancellationToken);
        await AdvanceAsync(plan, RoadmapPhase.Diagnostic, plan.OpensConcertation, cancellationToken);
        return new DemoRoadmap(plan.Slug, axisIds, rules);
    }

    /// <summary>The phase changes after the concertation's content, by the manager.</summary>
    public async Task MoveOnAsync(DemoRoadmapPlan plan, CancellationToken cancellationToken)
    {
        var from = RoadmapPhase.Concertation;
        foreach (var change in plan.Later)
        {
            from = await AdvanceAsync(plan, from, change, cancellationToken);
        }
    }

    /// <summary>The claims the manager has not decided yet.</summary>
    public async Task SubmitPendingClaimsAsync(DemoRoadmapPlan plan, CancellationToken cancellationToken)
    {
        foreach (var claim in plan.PendingClaims)
        {
            await sender.SendAsync(cast[claim.Email], timeline.DaysAgo(claim.DaysAgo),
                new SubmitStandingClaim(plan.Slug, claim.Organisation(organisations).Id, claim.Role, claim.Statement), cancellationToken);
        }
    }

    /// <summary>
    /// The manager's standing is approved by the administrator, who then grants the team; the manager
    /// approves the other claims, one a day.
    /// </summary>
    private async Task GiveTeamAsync(DemoRoadmapPlan plan, CancellationToken cancellationToken)
    {
        var administrator = cast[DemoPeople.Administrator];
        var team = plan.Team;
        var managerClaim = plan.Claims.SingleOrDefault(c => c.Email == team.Manager);
        if (managerClaim is not null)
        {
            await ClaimAsync(plan, managerClaim, timeline.DaysAgo(team.DaysAgo + 4), administrator, cancellationToken);
        }

        var granted = timeline.DaysAgo(team.DaysAgo);
        await sender.SendAsync(administrator, granted, new GrantTeamRole(plan.Slug, cast[team.Manager].Id, TeamRole.Manager), cancellationToken);
        await sender.SendAsync(administrator, granted.AddMinutes(5), new GrantTeamRole(plan.Slug, cast[team.Facilitator].Id, TeamRole.Facilitator), cancellationToken);

        var others = plan.Claims.Where(c => c != managerClaim).ToList();
        for (var i = 0; i < others.Count; i++)
        {
            await ClaimAsync(plan, others[i], timeline.DaysAgo(team.DaysAgo - 2 - i), cast[team.Manager], cancellationToken);
        }
    }

    /// <summary>The person claims the standing of <see cref="DemoPeople"/>; the decider approves it the next day.</summary>
    private async Task ClaimAsync(DemoRoadmapPlan plan, DemoClaim claim, DateTimeOffset at, DemoParticipant decider, CancellationToken cancellationToken)
    {
        var person = DemoPeople.All.Single(p => p.Email == claim.Email);
        var organisation = person.Organisation?.Invoke(organisations)
            ?? throw new InvalidOperationException($"The demo account {claim.Email} claims a standing without an organisation.");
        var role = Enum.Parse<ParticipantRole>(person.Role);
        var claimId = await sender.SendAsync(cast[claim.Email], at, new SubmitStandingClaim(plan.Slug, organisation.Id, role, claim.Statement), cancellationToken);
        await sender.SendAsync(decider, at.AddDays(1), new DecideStandingClaim(claimId, Approve: true, Reason: null), cancellationToken);
        cast.Update(cast[claim.Email] with { Role = role, OrganisationId = organisation.Id });
    }

    private Task<RoadmapPhase> AdvanceAsync(DemoRoadmapPlan plan, RoadmapPhase from, DemoPhaseChange change, CancellationToken cancellationToken) =>
        sender.SendAsync(cast[plan.Team.Manager], timeline.DaysAgo(change.DaysAgo), new AdvancePhase(plan.Slug, from, change.Message), cancellationToken);
}
