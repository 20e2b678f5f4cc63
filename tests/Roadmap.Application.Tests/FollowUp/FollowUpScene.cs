using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.FollowUp;

/// <summary>
/// Roadmap A with a retained action carried by its département with a partner EPCI (and one indicator),
/// a second retained action with its own pilot, a proposed action; a manager and a facilitator in A's
/// team; roadmap B with its manager. People of the carrying and of the partner organisation, and an outsider.
/// </summary>
internal sealed class FollowUpScene
{
    private FollowUpScene(ApplicationHost host) => Host = host;

    public ApplicationHost Host { get; }
    public TerritorialRoadmap Roadmap { get; private set; } = default!;
    public RoadmapAction Action { get; private set; } = default!;
    public RoadmapAction OtherAction { get; private set; } = default!;
    public RoadmapAction Proposed { get; private set; } = default!;
    public Guid AdministratorId { get; private set; }
    public Guid ManagerId { get; private set; }
    public Guid FacilitatorId { get; private set; }
    public Guid ManagerOfBId { get; private set; }
    public Guid CarrierId { get; private set; }
    public Guid PartnerId { get; private set; }
    public Guid OutsiderId { get; private set; }
    public Guid OtherPilotId { get; private set; }
    public Organisation Carrier { get; private set; } = default!;

    public static async Task<FollowUpScene> StartAsync(ApplicationHost host)
    {
        var scene = new FollowUpScene(host);
        await scene.ArrangeAsync();
        return scene;
    }

    /// <summary>Signs in as one of the roles the tests name (« anonyme » signs out).</summary>
    public async Task<Guid?> SignInAsAsync(string who)
    {
        (Guid? id, string? role) = who switch
        {
            "anonyme" => ((Guid?)null, (string?)null),
            "citoyen·ne" => (await Host.NewUserAsync("Camille Citoyenne"), RoleNames.Citizen),
            "pilote" => (await PilotAsync(), RoleNames.Actor),
            "pilote d'une autre action" => (OtherPilotId, RoleNames.Actor),
            "animateur·rice de l'équipe" => (FacilitatorId, RoleNames.Citizen),
            "animation de la plateforme" => (await Host.NewUserAsync("Gaëlle Animation"), RoleNames.Facilitator),
            "gestionnaire" => (ManagerId, RoleNames.Citizen),
            "gestionnaire d'une autre feuille" => (ManagerOfBId, RoleNames.Citizen),
            "administrateur·rice" => (AdministratorId, RoleNames.Administrator),
            _ => throw new ArgumentOutOfRangeException(nameof(who), who, null),
        };
        if (id is { } signedIn && role is not null)
        {
            Host.User.SignIn(signedIn, null, role);
        }
        else
        {
            Host.User.SignOut();
        }

        return id;
    }

    public void AsManager() => Host.User.SignIn(ManagerId, null, RoleNames.Citizen);

    private async Task<Guid> PilotAsync()
    {
        await Host.SaveAsync(ActionPilot.Name(Action.Id, CarrierId, ManagerId, RoadmapBuilder.Now));
        return CarrierId;
    }

    private async Task ArrangeAsync()
    {
        var builder = new RoadmapBuilder().WithSlug("suivi-a").InPhase(RoadmapPhase.Concertation);
        Roadmap = builder.Build();
        Carrier = builder.Owner;
        var partner = Organisation.Create("Communauté de communes du Val de Sarthe", OrganisationKind.Epci, "247200132");
        var builderB = new RoadmapBuilder().WithSlug("suivi-b");
        var roadmapB = builderB.Build();
        var proposer = await Host.NewUserAsync("Paule Proposante");
        var draft = Drafts.For(Roadmap.Axes[0]) with { OrganisationId = Carrier.Id, PartnerIds = [partner.Id] };
        Action = RoadmapAction.Propose(Roadmap, draft, proposer, RoadmapBuilder.Now);
        OtherAction = RoadmapAction.Propose(Roadmap, Drafts.For(Roadmap.Axes[0], "Ouvrir des tiers-lieux"), proposer, RoadmapBuilder.Now);
        Proposed = RoadmapAction.Propose(Roadmap, draft with { Title = "Une action encore proposée" }, proposer, RoadmapBuilder.Now);
        AdministratorId = await Host.NewUserAsync("Alex Administrateur");
        Action.Retain(AdministratorId, "Adoptée en assemblée.", RoadmapBuilder.Now);
        OtherAction.Retain(AdministratorId, "", RoadmapBuilder.Now);
        await Host.SaveAsync(Carrier, partner, builderB.Owner, Roadmap, roadmapB, Action, OtherAction, Proposed);

        ManagerId = await Host.NewUserAsync("Gilles Gestionnaire");
        FacilitatorId = await Host.NewUserAsync("Anne Animatrice");
        ManagerOfBId = await Host.NewUserAsync("Bernard Autrefeuille");
        CarrierId = await Host.NewUserAsync("Chloé Porteuse", Carrier.Id);
        PartnerId = await Host.NewUserAsync("Paul Partenaire", partner.Id);
        OutsiderId = await Host.NewUserAsync("Olivier Extérieur");
        OtherPilotId = await Host.NewUserAsync("Pia Autrepilote");
        await Host.SaveAsync(
            RoadmapTeamMember.Grant(Roadmap.Id, ManagerId, TeamRole.Manager, AdministratorId, RoadmapBuilder.Now),
            RoadmapTeamMember.Grant(Roadmap.Id, FacilitatorId, TeamRole.Facilitator, AdministratorId, RoadmapBuilder.Now),
            RoadmapTeamMember.Grant(roadmapB.Id, ManagerOfBId, TeamRole.Manager, AdministratorId, RoadmapBuilder.Now),
            ActionPilot.Name(OtherAction.Id, OtherPilotId, ManagerId, RoadmapBuilder.Now));
    }
}
