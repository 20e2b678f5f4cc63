using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.FollowUp;

/// <summary>
/// An action that began as an idea in a live workshop: « Atelier mobilités » opened by the facilitator, « Des vélos
/// partagés en gare » posted by the participant a minute later, promoted to « Vélos partagés » a minute after. Not saved.
/// </summary>
internal sealed record PromotedIdea(Workshop Workshop, Attendance Attendance, Idea Idea, RoadmapAction Action)
{
    public static PromotedIdea In(TerritorialRoadmap roadmap, Guid facilitator, Guid participant)
    {
        var now = RoadmapBuilder.Now;
        var workshop = Workshop.Schedule(roadmap, new WorkshopDraft("Atelier mobilités", now.AddMinutes(10), 90, WorkshopMode.Visio,
            "https://visio.example.fr/atelier", null, AllowGuests: true, [], []), new HashSet<Guid>(), facilitator, JoinCodes.New(), now);
        workshop.OpenRoom(now);
        var attendance = Attendance.ForMember(workshop, participant, "Participante", ParticipantRole.Citizen, null, false, now);
        var idea = Idea.Post(workshop, attendance, "Des vélos partagés en gare", null, roadmap.Axes.Select(a => a.Id).ToHashSet(), now.AddMinutes(1));
        var action = RoadmapAction.PromoteFromWorkshop(roadmap, Drafts.For(roadmap.Axes[0], "Vélos partagés"), participant, idea.Id, workshop.Title, facilitator, now.AddMinutes(2));
        idea.MarkPromoted(action.Id, now.AddMinutes(2));
        return new PromotedIdea(workshop, attendance, idea, action);
    }
}
