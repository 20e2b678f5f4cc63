using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.FollowUp;

/// <summary>
/// Two roadmaps, A and B. On A: an action retained (one indicator, 0 → 2 000 personnes by the end of
/// 2027, progress derived from it) with its pilot, a second retained action with another pilot, and a
/// proposed action; on B, a retained action. Accounts for every way of being, or not being, allowed to report.
/// </summary>
internal sealed class ValuesScene
{
    public const string Pilot = "pilote";
    public const string OtherPilot = "pilote d'une autre action";
    public const string Manager = "gestionnaire";
    public const string OtherManager = "gestionnaire d'une autre feuille de route";
    public const string TeamFacilitator = "animateur·rice de l'équipe";
    public const string GlobalFacilitator = "animateur·rice global·e";
    public const string Citizen = "citoyen·ne";
    public const string Anonymous = "anonyme";
    public const string Administrator = "administrateur·rice";

    private readonly Dictionary<string, (Guid Id, string Role)> _people = [];

    private ValuesScene(ApplicationHost host) => Host = host;

    public ApplicationHost Host { get; }
    public TerritorialRoadmap A { get; private set; } = default!;
    public TerritorialRoadmap B { get; private set; } = default!;
    public RoadmapAction Followed { get; private set; } = default!;
    public RoadmapAction OtherFollowed { get; private set; } = default!;
    public RoadmapAction Proposed { get; private set; } = default!;
    public RoadmapAction FollowedOnB { get; private set; } = default!;

    public Guid IndicatorId => Followed.Indicators[0].Id;

    public static async Task<ValuesScene> StartAsync(ApplicationHost host)
    {
        var scene = new ValuesScene(host);
        await scene.ArrangeAsync();
        return scene;
    }

    public static TheoryData<string, bool> WhoMayReport() => new()
    {
        { Pilot, true },
        { OtherPilot, false },
        { Manager, true },
        { OtherManager, false },
        { TeamFacilitator, false },
        { GlobalFacilitator, false },
        { Citizen, false },
        { Administrator, true },
    };

    public Guid IdOf(string who) => _people[who].Id;

    /// <summary>Signs in as <paramref name="who"/> (one of the constants), or out for <see cref="Anonymous"/>.</summary>
    public void SignIn(string who)
    {
        if (who == Anonymous)
        {
            Host.User.SignOut();
            return;
        }

        var (id, role) = _people[who];
        Host.User.SignIn(id, null, role);
    }

    private async Task ArrangeAsync()
    {
        var builderA = new RoadmapBuilder().WithSlug("feuille-a").InPhase(RoadmapPhase.Concertation);
        var builderB = new RoadmapBuilder().WithSlug("feuille-b").InPhase(RoadmapPhase.Concertation);
        A = builderA.Build();
        B = builderB.Build();
        var admin = await Person(Administrator, "Alex Administrateur", RoleNames.Administrator);
        Followed = Retained(A, "Déployer des conseillers numériques", admin);
        Followed.ChooseProgressRule(ProgressRule.FromIndicators, [], RoadmapBuilder.Now);
        OtherFollowed = Retained(A, "Ouvrir des tiers-lieux", admin);
        Proposed = Drafts.Proposed(A, admin);
        FollowedOnB = Retained(B, "Former les agents", admin);
        await Host.SaveAsync(builderA.Owner, builderB.Owner, A, B, Followed, OtherFollowed, Proposed, FollowedOnB);

        var pilot = await Person(Pilot, "Paule Pilote", RoleNames.Actor);
        var otherPilot = await Person(OtherPilot, "Olivier Pilote", RoleNames.Actor);
        var manager = await Person(Manager, "Manon Gestionnaire", RoleNames.Citizen);
        var otherManager = await Person(OtherManager, "Bastien Gestionnaire", RoleNames.Citizen);
        var facilitator = await Person(TeamFacilitator, "Fanny Animatrice", RoleNames.Citizen);
        await Person(GlobalFacilitator, "Gaël Animateur", RoleNames.Facilitator);
        await Person(Citizen, "Chloé Citoyenne", RoleNames.Citizen);
        await Host.SaveAsync(
            ActionPilot.Name(Followed.Id, pilot, admin, RoadmapBuilder.Now),
            ActionPilot.Name(OtherFollowed.Id, otherPilot, admin, RoadmapBuilder.Now),
            RoadmapTeamMember.Grant(A.Id, manager, TeamRole.Manager, admin, RoadmapBuilder.Now),
            RoadmapTeamMember.Grant(B.Id, otherManager, TeamRole.Manager, admin, RoadmapBuilder.Now),
            RoadmapTeamMember.Grant(A.Id, facilitator, TeamRole.Facilitator, admin, RoadmapBuilder.Now));
    }

    private static RoadmapAction Retained(TerritorialRoadmap roadmap, string title, Guid by)
    {
        var action = RoadmapAction.Propose(roadmap, Drafts.For(roadmap.Axes[0], title), by, RoadmapBuilder.Now);
        action.Retain(by, "Priorité de l'axe", RoadmapBuilder.Now);
        return action;
    }

    private async Task<Guid> Person(string who, string name, string role)
    {
        var id = await Host.NewUserAsync(name);
        _people[who] = (id, role);
        return id;
    }
}
