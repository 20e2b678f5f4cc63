using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Tests.Administration;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.PersonalData;

/// <summary>
/// A live workshop in which a citizen took part (joined, voted for two options of a multiple-choice
/// poll, posted an idea, upvoted someone else's, raised a hand), next to another participant who did
/// the same. Built with the domain factories, as the room would have stored it.
/// </summary>
internal sealed class WorkshopParticipantScenario
{
    public const string WorkshopTitle = "Atelier des mairies rurales";
    public const string Question = "Quelles priorités pour 2027 ?";
    public const string IdeaText = "Un bus numérique qui passe chaque semaine.";
    public const string ParticipantName = "Claude Martin";
    public const string OtherName = "Dominique";

    public ApplicationUser Participant { get; private set; } = default!;
    public Guid WorkshopId { get; private set; }
    public Guid PollId { get; private set; }
    public Guid IdeaId { get; private set; }
    public Guid OtherIdeaId { get; private set; }

    public static async Task<WorkshopParticipantScenario> CreateAsync(ApplicationHost host)
    {
        var scenario = new WorkshopParticipantScenario();
        await scenario.BuildAsync(host);
        return scenario;
    }

    private async Task BuildAsync(ApplicationHost host)
    {
        var now = RoadmapBuilder.Now;
        var builder = new RoadmapBuilder();
        var roadmap = builder.Build();
        await host.SaveAsync(builder.Owner, roadmap);
        Participant = await host.NewAccountAsync(ParticipantName, null, RoleNames.Citizen);
        var other = await host.NewUserAsync(OtherName);
        var facilitator = await host.NewUserAsync("Camille Animatrice");

        var workshop = Workshop.Schedule(roadmap, new WorkshopDraft(WorkshopTitle, now.AddMinutes(10), 90, WorkshopMode.Visio,
            "https://visio.example.fr/atelier", null, AllowGuests: true, [], []), new HashSet<Guid>(), facilitator, JoinCodes.New(), now);
        workshop.OpenRoom(now);
        var me = Attendance.ForMember(workshop, Participant.Id, ParticipantName, ParticipantRole.Citizen, null, false, now);
        var them = Attendance.ForMember(workshop, other, OtherName, ParticipantRole.Citizen, null, false, now);
        var poll = Poll.Open(workshop, new PollDraft(PollKind.MultipleChoice, Question,
            [new("Tiers-lieux", null), new("Fibre", null), new("Médiation", null)], 2, null, null), new Dictionary<Guid, string>(), facilitator, now);
        var axes = roadmap.Axes.Select(a => a.Id).ToHashSet();
        var idea = Idea.Post(workshop, me, IdeaText, null, axes, now.AddMinutes(2));
        var theirIdea = Idea.Post(workshop, them, "Des ateliers en mairie.", null, axes, now.AddMinutes(3));
        await host.SaveAsync(workshop, me, them, poll, idea, theirIdea,
            Ballot.Cast(poll, me, new BallotInput([poll.Options[2].Id, poll.Options[0].Id], null, null), now.AddMinutes(1)),
            Ballot.Cast(poll, them, new BallotInput([poll.Options[1].Id], null, null), now.AddMinutes(1)),
            IdeaUpvote.Give(workshop, theirIdea, me, now.AddMinutes(4)),
            RaisedHand.Raise(workshop, me, now.AddMinutes(5)),
            RaisedHand.Raise(workshop, them, now.AddMinutes(6)));
        (WorkshopId, PollId, IdeaId, OtherIdeaId) = (workshop.Id, poll.Id, idea.Id, theirIdea.Id);
    }
}
