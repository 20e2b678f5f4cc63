using Bunit;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Web.Components.Pages.Workshops.Screen;

namespace Roadmap.Web.Tests.Workshops.Screen;

public sealed class PollResultsChartTests : BunitContext
{
    [Fact]
    public void ASingleChoicePollShowsEachOptionWithItsVotesAndShareOfVoters()
    {
        var cut = Chart(PollSamples.Choices(PollKind.SingleChoice, ballots: 4, ("Oui", 3, 3), ("Non", 1, 1)));

        Assert.Equal(["Oui", "Non"], cut.FindAll(".poll-bar-label").Select(e => e.TextContent));
        Assert.Equal(["3 votes (75\u00a0%)", "1 vote (25\u00a0%)"], cut.FindAll(".poll-bar-value").Select(e => e.TextContent));
    }

    [Fact]
    public void AMultipleChoicePollSharesEachOptionAmongTheVoters()
    {
        var cut = Chart(PollSamples.Choices(PollKind.MultipleChoice, ballots: 4, ("Tiers-lieux", 3, 3), ("Fibre", 2, 2), ("Formation", 0, 0)));

        Assert.Equal(["3 votes (75\u00a0%)", "2 votes (50\u00a0%)", "0 vote (0\u00a0%)"], cut.FindAll(".poll-bar-value").Select(e => e.TextContent));
    }

    [Fact]
    public void ADotVotingPollSharesThePointsGiven()
    {
        var cut = Chart(PollSamples.Choices(PollKind.DotVoting, ballots: 2, ("Mobilité", 2, 6), ("Santé", 1, 4)));

        Assert.Equal(["6 points (60\u00a0%)", "4 points (40\u00a0%)"], cut.FindAll(".poll-bar-value").Select(e => e.TextContent));
    }

    [Fact]
    public void AScalePollShowsHowManyGaveEachNote()
    {
        var cut = Chart(PollSamples.Scale([0, 1, 0, 2, 1], 3.75));

        Assert.Equal(["Note 1", "Note 2", "Note 3", "Note 4", "Note 5"], cut.FindAll(".poll-bar-label").Select(e => e.TextContent));
        Assert.Equal("2 votes (50\u00a0%)", cut.FindAll(".poll-bar-value")[3].TextContent);
    }

    [Fact]
    public void AScalePollShowsItsAverage()
    {
        var cut = Chart(PollSamples.Scale([0, 1, 0, 2, 1], 3.75));

        Assert.Equal("Moyenne : 3,8 sur 5", cut.Find(".poll-chart-average").TextContent);
    }

    [Fact]
    public void APollWithoutBallotsSaysSo()
    {
        var cut = Chart(PollSamples.Choices(PollKind.SingleChoice, ballots: 0, ("Oui", 0, 0), ("Non", 0, 0)));

        Assert.Equal("Aucun vote pour l'instant.", cut.Find(".poll-chart-empty").TextContent);
    }

    [Fact]
    public void AnEmptyScalePollHasNoAverage()
    {
        var cut = Chart(PollSamples.Scale([0, 0, 0, 0, 0], null));

        Assert.Empty(cut.FindAll(".poll-chart-average"));
    }

    [Fact]
    public void TheQuestionCaptionsTheChart()
    {
        var cut = Chart(PollSamples.Choices(PollKind.SingleChoice, ballots: 1, ("Oui", 1, 1), ("Non", 0, 0)));

        Assert.Equal("Faut-il prioriser cette action ?", cut.Find("figcaption .poll-chart-question").TextContent);
    }

    [Fact]
    public void TheBarsAreDecorationCarryingTheirShareForTheScript()
    {
        var cut = Chart(PollSamples.Choices(PollKind.SingleChoice, ballots: 4, ("Oui", 3, 3), ("Non", 1, 1)));

        Assert.All(cut.FindAll(".poll-bar-track"), track => Assert.Equal("true", track.GetAttribute("aria-hidden")));
        Assert.Equal(["75", "25"], cut.FindAll(".poll-bar-fill").Select(e => e.GetAttribute("data-share")));
    }

    [Fact]
    public void TheBarsHaveNoStyleAttributeSinceTheCspForbidsIt()
    {
        var cut = Chart(PollSamples.Choices(PollKind.SingleChoice, ballots: 4, ("Oui", 3, 3), ("Non", 1, 1)));

        Assert.Empty(cut.FindAll("[style]"));
    }

    [Fact]
    public void TheRoomsCountIsItsOwnListBelowTheOnlineVotesAndNeverAddedToThem()
    {
        var poll = PollSamples.Choices(PollKind.SingleChoice, ballots: 4, ("Oui", 3, 3), ("Non", 1, 1));
        var hands = new HandTally(PollKind.SingleChoice, DateTimeOffset.UtcNow, [new(poll.Options[0].Id, 12), new(poll.Options[1].Id, 8)]);
        var cut = Render<PollResultsChart>(p => p.Add(c => c.Poll, poll).Add(c => c.Tally, poll.Results with { Hands = hands }));

        Assert.Equal(["3 votes (75\u00a0%)", "1 vote (25\u00a0%)"], cut.FindAll(".poll-bars:not(.poll-bars-hands) .poll-bar-value").Select(e => e.TextContent));
        Assert.Equal(["12 voix (60\u00a0%)", "8 voix (40\u00a0%)"], cut.FindAll(".poll-bars-hands .poll-bar-value").Select(e => e.TextContent));
        Assert.StartsWith("Décompte de la salle (main levée ou papier), saisi à", cut.Find(".poll-chart-hands").TextContent, StringComparison.Ordinal);
        Assert.EndsWith(": 20 voix (à part des votes en ligne)", cut.Find(".poll-chart-hands").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOpenPollSaysItsResultsAreLive()
    {
        var cut = Chart(PollSamples.Choices(PollKind.SingleChoice, ballots: 1, ("Oui", 1, 1), ("Non", 0, 0)));

        Assert.StartsWith("Résultats en direct", cut.Find(".poll-chart-state").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AFinalTallySaysTheResultsAreFinal()
    {
        var poll = PollSamples.Choices(PollKind.SingleChoice, ballots: 1, ("Oui", 1, 1), ("Non", 0, 0));

        var cut = Render<PollResultsChart>(p => p.Add(c => c.Poll, poll).Add(c => c.Tally, poll.Results with { IsFinal = true }));

        Assert.StartsWith("Résultats définitifs", cut.Find(".poll-chart-state").TextContent, StringComparison.Ordinal);
    }

    private IRenderedComponent<PollResultsChart> Chart(PollView poll) => Render<PollResultsChart>(p => p.Add(c => c.Poll, poll));
}
