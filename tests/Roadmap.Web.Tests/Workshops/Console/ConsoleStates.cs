using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Agenda;
using Roadmap.Application.Workshops.GetWorkshopState;
using Roadmap.Application.Workshops.Hands;
using Roadmap.Application.Workshops.Ideas;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Application.Workshops.Presence;
using Roadmap.Application.Workshops.Timer;

namespace Roadmap.Web.Tests.Workshops.Console;

/// <summary>Hand-built room states for the console's components: a live workshop with two axes, changed with <c>with</c>.</summary>
internal static class ConsoleStates
{
    public static readonly DateTimeOffset Now = new(2026, 5, 12, 12, 0, 0, TimeSpan.Zero);
    public static readonly Guid WorkshopId = Guid.NewGuid();
    public static readonly AxisRef Inclusion = new(Guid.NewGuid(), 1, "Inclusion numérique");
    public static readonly AxisRef TiersLieux = new(Guid.NewGuid(), 2, "Tiers-lieux");

    public static WorkshopState Live() => new(
        new RoomWorkshop(
            WorkshopId, Guid.NewGuid(), "herault", "Usages numériques de l'Hérault", "Atelier des communes", Now, 120, WorkshopMode.Visio,
            "https://visio.example.fr", "", WorkshopStatus.Live, "ABC234", true, ["Camille Animatrice"], [Inclusion, TiersLieux], null, false),
        [],
        null,
        new TimerView(WorkshopId, false, null, null, null, 0, Now),
        new PresenceView(WorkshopId, WorkshopStatus.Live, 0, 0, 0, [], []),
        [],
        [],
        new HandsView(WorkshopId, [], null, null),
        new RoomMe("Camille Animatrice", false, true, false),
        [],
        Now);

    public static AgendaItemView Item(int position, string title) =>
        new(Guid.NewGuid(), position, AgendaItemKind.FreeTopic, title, null, [], title);

    public static IdeaView Idea(string text, Guid? axisId = null, Guid? groupedAxisId = null, int upvotes = 0) =>
        new(Guid.NewGuid(), WorkshopId, text, axisId, groupedAxisId, null, "Dominique", Now, upvotes, false, "", null, null, null, null);

    public static HandView Hand(string name, int minutesAgo) => new(Guid.NewGuid(), name, Now.AddMinutes(-minutesAgo), null);

    public static PollView Poll(PollKind kind, bool open, params (string Text, int Votes)[] options)
    {
        var pollId = Guid.NewGuid();
        var views = options.Select((o, i) => new PollOptionView(Guid.NewGuid(), i + 1, o.Text, null)).ToList();
        var tally = new PollTally(
            pollId, WorkshopId, kind, options.Sum(o => o.Votes), options.Sum(o => o.Votes), 0, true,
            [.. views.Select((v, i) => new OptionTally(v.Id, options[i].Votes, options[i].Votes))], null, [], !open);
        return new PollView(pollId, WorkshopId, kind, "Quel tiers-lieu en priorité ?", views, 1, 0, true, null, Now, null, open ? null : Now, open, tally, false, null);
    }
}
