using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Inclusion;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;
using Roadmap.Application.Workshops.CreateWorkshop;

namespace Roadmap.Application.Tests.Roadmaps.Team;

/// <summary>
/// Two roadmaps in their workshop phase, A and B, each with an action to moderate, an action with a
/// comment to review, a workshop scheduled by an administrator and a facilitator in its team.
/// </summary>
internal sealed class TeamScene
{
    private TeamScene(ApplicationHost host) => Host = host;

    public ApplicationHost Host { get; }
    public Guid AdministratorId { get; private set; }
    public Side A { get; private set; } = default!;
    public Side B { get; private set; } = default!;

    public static async Task<TeamScene> StartAsync(ApplicationHost host)
    {
        var scene = new TeamScene(host) { AdministratorId = await host.NewUserAsync("Alex Administrateur") };
        scene.A = await scene.SideAsync("feuille-a");
        scene.B = await scene.SideAsync("feuille-b");
        return scene;
    }

    public Side Of(string roadmap) => roadmap == "A" ? A : B;

    /// <summary>A new account with <paramref name="role"/> (none: signed out) and <paramref name="teamRole"/> on <paramref name="teamOf"/>, signed in.</summary>
    public async Task<Guid?> SignInAsync(string? role, TeamRole? teamRole = null, Side? teamOf = null, string name = "Camille Martin")
    {
        if (role is null)
        {
            Host.User.SignOut();
            return null;
        }

        var id = await Host.NewUserAsync(name);
        if (teamRole is { } team && teamOf is not null)
        {
            await Host.SaveAsync(RoadmapTeamMember.Grant(teamOf.Roadmap.Id, id, team, AdministratorId, RoadmapBuilder.Now));
        }

        Host.User.SignIn(id, null, role);
        return id;
    }

    /// <summary>
    /// One of the callers every read's authorisation is tried with: « guest », « participant », « team of A »,
    /// « team of B » (managers), « staff » (the global facilitator role) or « mediator » (a grant for A's owner).
    /// </summary>
    public async Task SignInAsCallerAsync(string caller)
    {
        switch (caller)
        {
            case "guest":
                await SignInAsync(null);
                break;
            case "participant":
                await SignInAsync(RoleNames.Citizen);
                break;
            case "team of A":
                await SignInAsync(RoleNames.Citizen, TeamRole.Manager, A);
                break;
            case "team of B":
                await SignInAsync(RoleNames.Citizen, TeamRole.Manager, B);
                break;
            case "staff":
                await SignInAsync(RoleNames.Facilitator);
                break;
            case "mediator":
                var me = (await SignInAsync(RoleNames.Citizen))!.Value;
                await Host.SaveAsync(MediatorGrant.Grant(me, A.Roadmap.OwnerOrganisationId, AdministratorId, RoadmapBuilder.Now));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(caller), caller, "Not a caller of the scene.");
        }
    }

    public void AsAdministrator() => Host.User.SignIn(AdministratorId, null, RoleNames.Administrator);

    private async Task<Side> SideAsync(string slug)
    {
        var builder = new RoadmapBuilder().WithSlug(slug).InPhase(RoadmapPhase.Concertation);
        var roadmap = builder.Build();
        var proposer = await Host.NewUserAsync($"Proposante {slug}");
        var toModerate = Drafts.Proposed(roadmap, proposer);
        var toReview = Drafts.Proposed(roadmap, proposer);
        roadmap.AdvanceTo(RoadmapPhase.Ateliers);
        var comment = Comment.Write(toReview, null, proposer, ParticipantRole.Citizen, "Un avis sur l'action.", CommentAlignment.Neutral, RoadmapBuilder.Now);
        var facilitatorId = await Host.NewUserAsync($"Animatrice {slug}");
        await Host.SaveAsync(builder.Owner, roadmap, toModerate, toReview, comment,
            RoadmapTeamMember.Grant(roadmap.Id, facilitatorId, TeamRole.Facilitator, AdministratorId, RoadmapBuilder.Now));
        AsAdministrator();
        var workshop = await Host.SendAsync(new CreateWorkshop(slug, WorkshopScene.Draft(roadmap)));
        Host.User.SignOut();
        return new Side(roadmap, toModerate, toReview, comment, workshop.Id, facilitatorId);
    }

    internal sealed record Side(TerritorialRoadmap Roadmap, RoadmapAction ActionToModerate, RoadmapAction ActionToReview, Comment Comment, Guid WorkshopId, Guid FacilitatorId)
    {
        public string Slug => Roadmap.Slug;
    }
}
