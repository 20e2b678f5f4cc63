using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.CreateWorkshop;
using Roadmap.Application.Workshops.EndWorkshop;
using Roadmap.Application.Workshops.JoinWorkshop;
using Roadmap.Application.Workshops.PostIdea;
using Roadmap.Application.Workshops.PublishMinutes;
using Roadmap.Demo.Content;

namespace Roadmap.Demo.Writers;

/// <summary>
/// Schedules a roadmap's demo workshops as its team facilitator, and holds those already past: the
/// facilitator opens the room, participants join and post their ideas, the facilitator closes it (the
/// minutes are written from the room) and publishes the minutes the next day.
/// </summary>
internal sealed class DemoWorkshopWriter(DemoSender sender, DemoCast cast, DemoTimeline timeline)
{
    public async Task WriteAsync(
        DemoRoadmap roadmap, DemoParticipant facilitator, IReadOnlyList<DemoWorkshop> workshops, IReadOnlyDictionary<string, DemoProposal> actions, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(sender.Clock.Today.UtcDateTime);
        foreach (var spec in workshops)
        {
            var startsAt = new DateTimeOffset(today.AddDays(spec.Day).ToDateTime(new TimeOnly(spec.Hour, 0)), TimeSpan.Zero);
            var agenda = spec.Agenda.Select(item => Agenda(roadmap, item, actions)).ToList();
            var draft = new WorkshopDraft(spec.Title, startsAt, spec.DurationMinutes, spec.Mode, spec.VisioLink, spec.Address, AllowGuests: false, [], agenda);
            var created = await sender.SendAsync(facilitator, timeline.DaysAgo(spec.ScheduledDaysAgo),
                new CreateWorkshop(roadmap.Slug, draft) { SubmissionKey = Guid.NewGuid() }, cancellationToken);
            if (startsAt < sender.Clock.Today)
            {
                await HoldAsync(roadmap, facilitator, spec, created, startsAt, cancellationToken);
            }
        }
    }

    private async Task HoldAsync(
        DemoRoadmap roadmap, DemoParticipant facilitator, DemoWorkshop spec, CreatedWorkshop workshop, DateTimeOffset startsAt, CancellationToken cancellationToken)
    {
        await sender.SendAsync(facilitator, startsAt.AddMinutes(-10), new JoinWorkshop(workshop.JoinCode, null, null), cancellationToken);
        var joined = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < spec.Ideas.Count; i++)
        {
            var idea = spec.Ideas[i];
            var author = cast[idea.Author];
            if (joined.Add(idea.Author))
            {
                await sender.SendAsync(author, startsAt.AddMinutes(i), new JoinWorkshop(workshop.JoinCode, null, null), cancellationToken);
            }

            var axisId = idea.Axis is { } axis ? roadmap.AxisIds[axis - 1] : (Guid?)null;
            await sender.SendAsync(author, startsAt.AddMinutes(20 + (10 * i)), new PostIdea(workshop.Id, null, idea.Text, axisId), cancellationToken);
        }

        var endsAt = startsAt.AddMinutes(spec.DurationMinutes - 5);
        await sender.SendAsync(facilitator, endsAt, new EndWorkshop(workshop.Id), cancellationToken);
        await sender.SendAsync(facilitator, endsAt.AddDays(1), new PublishMinutes(workshop.Id), cancellationToken);
    }

    private static AgendaItemDraft Agenda(DemoRoadmap roadmap, DemoAgendaItem item, IReadOnlyDictionary<string, DemoProposal> actions) => item switch
    {
        { Axis: { } axis } => new AgendaItemDraft(AgendaItemKind.Axis, roadmap.AxisIds[axis - 1], null, null),
        { ActionKeys: { } keys } => new AgendaItemDraft(AgendaItemKind.Actions, null, [.. keys.Select(k => actions[k].Id)], null),
        _ => new AgendaItemDraft(AgendaItemKind.FreeTopic, null, null, item.Topic),
    };
}
