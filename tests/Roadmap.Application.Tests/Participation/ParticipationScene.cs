using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Participation;

/// <summary>A roadmap with proposed actions, saved, then moved to the phase a test needs.</summary>
internal sealed class ParticipationScene
{
    private ParticipationScene(TerritorialRoadmap roadmap, IReadOnlyList<RoadmapAction> actions, Guid facilitatorId)
    {
        Roadmap = roadmap;
        Actions = actions;
        FacilitatorId = facilitatorId;
    }

    /// <summary>An account that reviews actions (status changes need a real author).</summary>
    public Guid FacilitatorId { get; }

    public TerritorialRoadmap Roadmap { get; }

    public IReadOnlyList<RoadmapAction> Actions { get; }

    public RoadmapAction Action => Actions[0];

    public static async Task<ParticipationScene> CreateAsync(
        ApplicationHost host, VotingRules? rules = null, RoadmapPhase phase = RoadmapPhase.Concertation, int actions = 1, Action<RoadmapAction, Guid>? decide = null)
    {
        var builder = new RoadmapBuilder().WithRules(rules ?? VotingRules.Open);
        var roadmap = builder.Build();
        var proposer = await host.NewUserAsync("Porteuse de projet");
        var facilitator = await host.NewUserAsync("Animatrice");
        var proposed = Enumerable.Range(1, actions)
            .Select(i => RoadmapAction.Propose(roadmap, Drafts.For(roadmap.Axes[0], $"Action {i}"), proposer, RoadmapBuilder.Now))
            .ToList();
        foreach (var action in proposed)
        {
            decide?.Invoke(action, facilitator);
        }

        if (phase != roadmap.CurrentPhase)
        {
            roadmap.AdvanceTo(phase);
        }

        await host.SaveAsync([builder.Owner, roadmap, .. proposed]);
        return new ParticipationScene(roadmap, proposed, facilitator);
    }

    public static async Task<Organisation> CommuneAsync(ApplicationHost host, string name = "La Flèche")
    {
        var commune = Organisation.Create(name, OrganisationKind.Commune, "72154");
        await host.SaveAsync(commune);
        return commune;
    }

    /// <summary>Creates a user and signs in as them.</summary>
    public static async Task<Guid> SignInAsync(ApplicationHost host, string role, Guid? organisationId = null, string name = "Participant·e")
    {
        var id = await host.NewUserAsync(name, organisationId);
        host.User.SignIn(id, organisationId, role);
        return id;
    }

    /// <summary>The denormalised counter on the action and the support rows behind it.</summary>
    /// <summary>The action's support counter and its support rows, which must agree.</summary>
    public static Task<SupportCounts> SupportsOfAsync(ApplicationHost host, Guid actionId) =>
        host.WithDbAsync(async db => new SupportCounts(
            await db.Actions.Where(a => a.Id == actionId).Select(a => a.SupportCount).SingleAsync(),
            await db.Supports.CountAsync(s => s.ActionId == actionId)));
}
