using Bunit;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Hands;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Application.Workshops.Presence;
using Roadmap.Application.Workshops.Timer;
using Roadmap.Web.Components.Pages.Workshops.Console;
using Roadmap.Web.Tests.People;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Workshops.Console;

/// <summary>The console's parts drawn from a hand-built room state.</summary>
public sealed class ConsoleComponentsTests : BunitContext
{
    public ConsoleComponentsTests() => Services.AddSingleton<IMediator>(new FakeMediator());

    [Fact]
    public void TheAgendaHighlightsTheFocusedItem()
    {
        var first = ConsoleStates.Item(1, "Tour de table");
        var second = ConsoleStates.Item(2, "Les tiers-lieux");

        var cut = Render<ConsoleAgenda>(p => p.Add(c => c.State, ConsoleStates.Live() with { Agenda = [first, second], FocusedItemId = second.Id }));

        Assert.Equal("Les tiers-lieux", cut.Find("[aria-current=true] .console-agenda-title").TextContent);
    }

    [Fact]
    public void EveryAgendaItemButTheFocusedOneCanBeBroughtForward()
    {
        var first = ConsoleStates.Item(1, "Tour de table");
        var second = ConsoleStates.Item(2, "Les tiers-lieux");

        var cut = Render<ConsoleAgenda>(p => p.Add(c => c.State, ConsoleStates.Live() with { Agenda = [first, second], FocusedItemId = second.Id }));

        Assert.Equal(["Mettre au premier plan : Tour de table"], cut.FindAll("button[type=submit]").Select(b => b.TextContent));
    }

    [Fact]
    public void PresenceCountsPeopleByOrganisation()
    {
        var presence = new PresenceView(ConsoleStates.WorkshopId, WorkshopStatus.Live, 5, 6, 0,
            [new OrganisationPresence(Guid.NewGuid(), "Commune de Lodève", 3), new OrganisationPresence(null, "Sans organisation", 2)],
            [new RolePresence("Citizen", "Citoyen·ne", 5)]);

        var cut = Render<ConsolePresence>(p => p.Add(c => c.State, ConsoleStates.Live() with { Presence = presence }));

        Assert.Equal(
            ["Commune de Lodève 3", "Sans organisation 2"],
            cut.FindAll("table")[0].QuerySelectorAll("tbody tr").Select(r => string.Join(" ", r.Children.Select(c => c.TextContent))));
    }

    [Fact]
    public void HandsAreListedFirstRaisedFirst()
    {
        var hands = new HandsView(ConsoleStates.WorkshopId, [ConsoleStates.Hand("Alix", 5), ConsoleStates.Hand("Bastien", 2)], null, null);

        var cut = Render<ConsoleHands>(p => p.Add(c => c.State, ConsoleStates.Live() with { Hands = hands }));

        Assert.Equal(["Alix", "Bastien"], cut.FindAll(".console-hands li").Select(li => li.FirstChild!.TextContent.Trim()));
    }

    [Fact]
    public void IdeasAreGroupedByAxisWithTheUnfiledOnesLast()
    {
        var ideas = new[]
        {
            ConsoleStates.Idea("Un bus numérique"),
            ConsoleStates.Idea("Un tiers-lieu par canton", axisId: ConsoleStates.TiersLieux.Id),
            ConsoleStates.Idea("Des ateliers en mairie", axisId: ConsoleStates.TiersLieux.Id, groupedAxisId: ConsoleStates.Inclusion.Id),
        };

        var cut = Render<ConsoleIdeas>(p => p.Add(c => c.State, ConsoleStates.Live() with { Ideas = ideas }));

        Assert.Equal(
            ["Axe 1 — Inclusion numérique (1)", "Axe 2 — Tiers-lieux (1)", "Sans axe (1)"],
            cut.FindAll(".console-idea-group h3").Select(h => h.TextContent));
    }

    [Fact]
    public void AnIdeaIsFiledUnderTheAxisAFacilitatorChose()
    {
        var idea = ConsoleStates.Idea("Des ateliers en mairie", axisId: ConsoleStates.TiersLieux.Id, groupedAxisId: ConsoleStates.Inclusion.Id);

        var cut = Render<ConsoleIdeas>(p => p.Add(c => c.State, ConsoleStates.Live() with { Ideas = [idea] }));

        Assert.Equal("Des ateliers en mairie", cut.Find("#idees-axe-" + ConsoleStates.Inclusion.Id.ToString("N") + " ~ ul .console-idea-text").TextContent);
    }

    [Fact]
    public void EachIdeaOffersToHideItWithARequiredReason()
    {
        var idea = ConsoleStates.Idea("Un bus numérique", upvotes: 4);

        var cut = Render<ConsoleIdeas>(p => p.Add(c => c.State, ConsoleStates.Live() with { Ideas = [idea] }));

        var reason = cut.Find($"#masquer-{idea.Id:N}");
        Assert.Equal("Motif pour masquer (public)", cut.Find($"label[for='masquer-{idea.Id:N}']").TextContent);
        Assert.True(reason.HasAttribute("required"));
    }

    [Fact]
    public void ThePollBuilderLabelsEveryOptionRow()
    {
        var cut = Render<ConsolePollBuilder>(p => p
            .Add(c => c.State, ConsoleStates.Live())
            .Add(c => c.Actions, [new PollActionChoice(Guid.NewGuid(), "Axe 1 — Inclusion numérique", "Conseillers itinérants")]));

        Assert.Equal(
            ["Texte", "ou action de la feuille de route", "Texte", "ou action de la feuille de route", "Texte", "ou action de la feuille de route"],
            cut.FindAll(".console-poll-option label").Select(l => l.TextContent));
    }

    [Fact]
    public void EveryLabelOfThePollBuilderPointsToItsField()
    {
        var cut = Render<ConsolePollBuilder>(p => p
            .Add(c => c.State, ConsoleStates.Live())
            .Add(c => c.Actions, [new PollActionChoice(Guid.NewGuid(), "Axe 1 — Inclusion numérique", "Conseillers itinérants")]));

        Assert.All(cut.FindAll("form label"), l => Assert.Single(cut.FindAll($"#{l.GetAttribute("for")}")));
    }

    [Fact]
    public void TheOpenPollShowsItsTotals()
    {
        var poll = ConsoleStates.Poll(PollKind.SingleChoice, open: true, ("Le Mans", 7), ("La Flèche", 3));

        var cut = Render<ConsolePolls>(p => p.Add(c => c.State, ConsoleStates.Live() with { Polls = [poll] }));

        Assert.Equal(["Le Mans 7", "La Flèche 3"], cut.FindAll(".is-open tbody tr").Select(r => string.Join(" ", r.Children.Select(c => c.TextContent))));
    }

    [Fact]
    public void TheOpenPollCanBeClosed()
    {
        var poll = ConsoleStates.Poll(PollKind.SingleChoice, open: true, ("Le Mans", 7), ("La Flèche", 3));

        var cut = Render<ConsolePolls>(p => p.Add(c => c.State, ConsoleStates.Live() with { Polls = [poll] }));

        Assert.Equal("Clore le sondage", cut.Find(".is-open button[type=submit]").TextContent);
    }

    [Fact]
    public void AClosedPollShowsItsFinalResultsWithoutACloseButton()
    {
        var poll = ConsoleStates.Poll(PollKind.SingleChoice, open: false, ("Le Mans", 7), ("La Flèche", 3));

        var cut = Render<ConsolePolls>(p => p.Add(c => c.State, ConsoleStates.Live() with { Polls = [poll] }));

        Assert.Single(cut.FindAll("details.console-poll"));
        Assert.Empty(cut.FindAll($"#clore-{poll.Id:N}"));
    }

    /// <summary>A live refresh of a part keeps a fold open only when it has an id (workshop-console.js matches them by id).</summary>
    [Fact]
    public void EveryFoldOfThePollsHasItsOwnIdSoALiveRefreshKeepsItOpen()
    {
        var open = ConsoleStates.Poll(PollKind.SingleChoice, open: true, ("Le Mans", 3), ("La Flèche", 2));
        var closed = ConsoleStates.Poll(PollKind.SingleChoice, open: false, ("Le Mans", 7), ("La Flèche", 3));
        var closedBefore = ConsoleStates.Poll(PollKind.SingleChoice, open: false, ("Sablé", 1), ("Mamers", 4));

        var cut = Render<ConsolePolls>(p => p.Add(c => c.State, ConsoleStates.Live() with { Polls = [closedBefore, closed, open] }));

        var ids = cut.FindAll("details").Select(d => d.Id).ToList();
        Assert.Contains(ids, id => id == $"sondage-clos-{closed.Id:N}");
        Assert.All(ids, id => Assert.False(string.IsNullOrEmpty(id)));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void ResultsAreAlsoSplitByTheRolesThatVoted()
    {
        var poll = ConsoleStates.Poll(PollKind.SingleChoice, open: true, ("Le Mans", 3), ("La Flèche", 2));
        var (leMans, laFleche) = (poll.Options[0].Id, poll.Options[1].Id);
        poll = poll with
        {
            Results = poll.Results with
            {
                ByRole =
                [
                    new RoleTally("ElectedOfficial", "Élu·es", 3, [new OptionTally(leMans, 3, 3), new OptionTally(laFleche, 0, 0)], null),
                    new RoleTally("Actor", "Acteur·rices", 0, [], null),
                    new RoleTally("Citizen", "Citoyen·nes", 2, [new OptionTally(leMans, 0, 0), new OptionTally(laFleche, 2, 2)], null),
                ],
            },
        };

        var cut = Render<ConsolePollResults>(p => p.Add(c => c.Poll, poll));

        var table = cut.Find("details.console-role-breakdown table");
        Assert.Equal(["Option", "Élu·es (3)", "Citoyen·nes (2)"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Equal(["Le Mans 3 0", "La Flèche 0 2"], table.QuerySelectorAll("tbody tr").Select(r => string.Join(" ", r.Children.Select(c => c.TextContent))));
    }

    [Fact]
    public void NoRoleSplitIsShownBeforeAnyoneVotes()
    {
        var poll = ConsoleStates.Poll(PollKind.SingleChoice, open: true, ("Le Mans", 0), ("La Flèche", 0));

        var cut = Render<ConsolePollResults>(p => p.Add(c => c.Poll, poll));

        Assert.Empty(cut.FindAll("details.console-role-breakdown"));
    }

    [Fact]
    public void TheRunningTimerShowsWhatIsLeft()
    {
        var timer = new TimerView(ConsoleStates.WorkshopId, true, ConsoleStates.Now, ConsoleStates.Now.AddSeconds(245), null, 245, ConsoleStates.Now);

        var cut = Render<ConsoleTimer>(p => p.Add(c => c.State, ConsoleStates.Live() with { Timer = timer }));

        Assert.Equal("4:05", cut.Find("[role=timer]").TextContent);
    }
}
