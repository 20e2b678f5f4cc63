using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.FollowUp;

/// <summary>
/// Roadmap A in Mise en œuvre with a retained action (piloted by <see cref="PilotId"/>) and a second
/// retained action piloted by someone else; roadmap B beside it, for the teams of another roadmap.
/// </summary>
internal sealed class FollowUpScenario(ApplicationHost host)
{
    public TerritorialRoadmap A { get; private set; } = default!;
    public TerritorialRoadmap B { get; private set; } = default!;
    public RoadmapAction Action { get; private set; } = default!;
    public RoadmapAction Other { get; private set; } = default!;
    public Guid ProposerId { get; private set; }
    public Guid PilotId { get; private set; }
    public Guid OtherPilotId { get; private set; }
    public Guid ManagerId { get; private set; }

    public async Task ArrangeAsync()
    {
        var builderA = new RoadmapBuilder().WithSlug("suivi-a");
        A = builderA.Build();
        var builderB = new RoadmapBuilder().WithSlug("suivi-b");
        B = builderB.Build();
        ProposerId = await host.NewUserAsync("Proposante");
        PilotId = await host.NewUserAsync("Pilote");
        OtherPilotId = await host.NewUserAsync("Pilote d'une autre action");
        ManagerId = await host.NewUserAsync("Gestionnaire");
        Action = Drafts.Proposed(A, ProposerId);
        Other = Drafts.Proposed(A, ProposerId);
        Action.Retain(ManagerId, "Cohérente avec le schéma", RoadmapBuilder.Now);
        Other.Retain(ManagerId, "", RoadmapBuilder.Now);
        A.AdvanceTo(RoadmapPhase.MiseEnOeuvre);
        B.AdvanceTo(RoadmapPhase.MiseEnOeuvre);
        await host.SaveAsync(builderA.Owner, builderB.Owner, A, B, Action, Other,
            ActionPilot.Name(Action.Id, PilotId, ManagerId, RoadmapBuilder.Now),
            ActionPilot.Name(Other.Id, OtherPilotId, ManagerId, RoadmapBuilder.Now),
            RoadmapTeamMember.Grant(A.Id, ManagerId, TeamRole.Manager, ManagerId, RoadmapBuilder.Now));
    }

    public void SignInAsPilot() => host.User.SignIn(PilotId, null, RoleNames.Citizen);

    /// <summary>Signs in a new account with a global role (or none: anonymous) and a team role on A or B.</summary>
    public async Task SignInAsync(string who)
    {
        if (who == "anonyme")
        {
            host.User.SignOut();
            return;
        }

        if (who == "pilote")
        {
            SignInAsPilot();
            return;
        }

        if (who == "pilote d'une autre action")
        {
            host.User.SignIn(OtherPilotId, null, RoleNames.Citizen);
            return;
        }

        var id = await host.NewUserAsync("Camille Martin");
        (TeamRole Role, TerritorialRoadmap Roadmap)? team = who switch
        {
            "animateur·rice de A" => (TeamRole.Facilitator, A),
            "gestionnaire de A" => (TeamRole.Manager, A),
            "animateur·rice de B" => (TeamRole.Facilitator, B),
            "gestionnaire de B" => (TeamRole.Manager, B),
            _ => null,
        };
        if (team is var (role, roadmap))
        {
            await host.SaveAsync(RoadmapTeamMember.Grant(roadmap.Id, id, role, id, RoadmapBuilder.Now));
        }

        host.User.SignIn(id, null, team is null ? who : RoleNames.Citizen);
    }
}
