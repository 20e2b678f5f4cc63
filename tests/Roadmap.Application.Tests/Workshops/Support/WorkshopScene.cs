using MediatR;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Workshops.CreateWorkshop;
using Roadmap.Application.Workshops.JoinWorkshop;

namespace Roadmap.Application.Tests.Workshops.Support;

/// <summary>
/// A roadmap with a workshop run by a facilitator, and helpers to bring people in and speak as them.
/// By default the roadmap is in the Ateliers phase and the facilitator has opened the room.
/// </summary>
internal sealed class WorkshopScene
{
    private WorkshopScene(ApplicationHost host, TerritorialRoadmap roadmap, RoadmapBuilder builder)
    {
        Host = host;
        Roadmap = roadmap;
        Owner = builder.Owner;
    }

    public ApplicationHost Host { get; }
    public TerritorialRoadmap Roadmap { get; }
    public Organisation Owner { get; }
    public Participant Facilitator { get; private set; } = default!;
    public Guid WorkshopId { get; private set; }
    public string JoinCode { get; private set; } = "";

    public static async Task<WorkshopScene> StartAsync(ApplicationHost host, RoadmapPhase phase = RoadmapPhase.Ateliers, bool allowGuests = true, bool openRoom = true)
    {
        var builder = new RoadmapBuilder().InPhase(phase);
        var roadmap = builder.Build();
        await host.SaveAsync(builder.Owner, roadmap);
        var scene = new WorkshopScene(host, roadmap, builder);
        scene.Facilitator = await scene.NewPersonAsync("Camille Animatrice", null, RoleNames.Facilitator);
        scene.As(scene.Facilitator);
        var created = await host.SendAsync(new CreateWorkshop(roadmap.Slug, Draft(roadmap, allowGuests)));
        (scene.WorkshopId, scene.JoinCode) = (created.Id, created.JoinCode);
        if (openRoom)
        {
            await host.SendAsync(new JoinWorkshop(created.JoinCode, null, null));
        }

        return scene;
    }

    public static WorkshopDraft Draft(TerritorialRoadmap roadmap, bool allowGuests = true, IReadOnlyList<Guid>? coFacilitators = null) => new(
        "Atelier inclusion numérique",
        RoadmapBuilder.Now.AddDays(1),
        90,
        WorkshopMode.Hybrid,
        "https://visio.example.fr/atelier",
        "Maison du Département, Le Mans",
        allowGuests,
        coFacilitators ?? [],
        [
            new AgendaItemDraft(AgendaItemKind.Axis, roadmap.Axes[0].Id, null, null),
            new AgendaItemDraft(AgendaItemKind.FreeTopic, null, null, "Questions diverses"),
        ]);

    /// <summary>An account with <paramref name="roles"/>, not yet in the room.</summary>
    public async Task<Participant> NewPersonAsync(string name, Guid? organisationId, params string[] roles)
    {
        var userId = await Host.NewUserAsync(name, organisationId);
        return new Participant(userId, roles, organisationId, null, ParticipantIdentity.ForUser(userId).Key);
    }

    /// <summary>A signed-in participant who joined the room.</summary>
    public async Task<Participant> MemberAsync(string role = RoleNames.Citizen, Guid? organisationId = null, string name = "Dominique Participante")
    {
        var person = await NewPersonAsync(name, organisationId, role);
        await SendAs(person, new JoinWorkshop(JoinCode, null, null));
        return person;
    }

    public async Task<Participant> GuestAsync(string name = "Invitée Martin")
    {
        Host.User.SignOut();
        var joined = await Host.SendAsync(new JoinWorkshop(JoinCode, name, null));
        return new Participant(null, [], null, joined.GuestToken, joined.ParticipantKey);
    }

    public void As(Participant participant)
    {
        if (participant.UserId is { } id)
        {
            Host.User.SignIn(id, participant.OrganisationId, participant.Roles);
        }
        else
        {
            Host.User.SignOut();
        }
    }

    public Task<T> SendAs<T>(Participant participant, IRequest<T> request)
    {
        As(participant);
        return Host.SendAsync(request);
    }
}

/// <summary>Someone in a test: an account (with roles) or a guest (with a token).</summary>
internal sealed record Participant(Guid? UserId, string[] Roles, Guid? OrganisationId, string? GuestToken, string Key);
