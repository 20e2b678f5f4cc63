using System.Net;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Live;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Workshops.Manage;

namespace Roadmap.Web.Tests.Workshops.Console;

/// <summary>The room's show of hands entered on the console without JavaScript: stored, pushed to the room, shown apart.</summary>
public sealed class ConsoleHandCountTests(ConsoleWebApp app) : IClassFixture<ConsoleWebApp>
{
    [Fact]
    public async Task TheCountPostedWithTheConsoleFormIsStoredAndReachesTheRoom()
    {
        var (room, poll) = await LivePollAsync(WorkshopMode.Hybrid);
        await using var citizen = await app.ParticipantAsync(room);

        var response = await CountAsync(room.WorkshopId, poll, "12", "3");

        Assert.Equal($"/ateliers/{room.WorkshopId}/animation?statut=decompte-enregistre", AccountTestSteps.Location(response));
        var stored = (await app.PollsAsync(room.WorkshopId)).Single();
        Assert.Equal([12, 3], stored.Options.OrderBy(o => o.Position).Select(o => o.HandCount));
        var pushed = await citizen.Events.WaitForAsync<PollTally>(LiveEvents.PollResults, t => t.Hands is not null);
        Assert.Equal(15, pushed.Hands!.Total);
        Assert.Equal(0, pushed.Ballots);
    }

    [Fact]
    public async Task TheConsoleShowsTheCountApartAndOffersItForCorrection()
    {
        var (room, poll) = await LivePollAsync(WorkshopMode.InPerson);
        await CountAsync(room.WorkshopId, poll, "7", "0");

        var page = await FormPost.GetPageAsync(await app.FacilitatorAsync(), ConsoleWebApp.ConsolePath(room.WorkshopId));

        Assert.StartsWith("Décompte de la salle (main levée ou papier), saisi à", AccountTestSteps.Text(page, ".console-hands caption"), StringComparison.Ordinal);
        Assert.Equal("7", page.QuerySelector($"#decompte-{First(poll).Id:N}")!.GetAttribute("value"));
        Assert.Contains("Corriger le décompte de la salle", AccountTestSteps.Text(page, $"#decompte-{poll.Id:N} summary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACountThatIsNotANumberIsRefusedInFrenchAndNothingIsSaved()
    {
        var (room, poll) = await LivePollAsync(WorkshopMode.Hybrid);

        var response = await CountAsync(room.WorkshopId, poll, "douze", "3");

        var page = await FormPost.ReadAsync(response);
        Assert.Equal("« Mairie » : indiquez un nombre entier, 0 si personne.", AccountTestSteps.Text(page, $"#compter-mains-{poll.Id:N}-erreur"));
        Assert.Equal("douze", page.QuerySelector($"#decompte-{First(poll).Id:N}")!.GetAttribute("value"));
        Assert.Null((await app.PollsAsync(room.WorkshopId)).Single().HandCountedAt);
    }

    [Fact]
    public async Task AnAbsurdCountGetsTheRulesFrenchMessage()
    {
        var (room, poll) = await LivePollAsync(WorkshopMode.Hybrid);

        var response = await CountAsync(room.WorkshopId, poll, "100001", "3");

        Assert.Equal(Poll.TooManyRefusal, AccountTestSteps.Text(await FormPost.ReadAsync(response), $"#compter-mains-{poll.Id:N}-erreur"));
    }

    [Fact]
    public async Task AnOnlineOnlyWorkshopHasNoCountForm()
    {
        var (room, poll) = await LivePollAsync(WorkshopMode.Visio);

        var page = await FormPost.GetPageAsync(await app.FacilitatorAsync(), ConsoleWebApp.ConsolePath(room.WorkshopId));

        Assert.Empty(page.QuerySelectorAll($"#decompte-{poll.Id:N}"));
        Assert.Empty(page.QuerySelectorAll("input[name^=HandCounts]"));
    }

    private async Task<(Hubs.Support.DemoRoom Room, Poll Poll)> LivePollAsync(WorkshopMode mode)
    {
        var room = await app.LiveAsync(mode);
        var response = await PageForm.SubmitAsync(await app.FacilitatorAsync(), ConsoleWebApp.ConsolePath(room.WorkshopId), "ouvrir-sondage", new Dictionary<string, string>
        {
            ["Poll.Kind"] = "SingleChoice",
            ["Poll.Question"] = "Où tenir le prochain atelier ?",
            ["Poll.Options[0].Text"] = "Mairie",
            ["Poll.Options[1].Text"] = "Médiathèque",
            ["Poll.Command"] = "ouvrir",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var poll = (await app.PollsAsync(room.WorkshopId)).Single();
        return (room, poll);
    }

    private static PollOption First(Poll poll) => poll.Options.OrderBy(o => o.Position).First();

    private async Task<HttpResponseMessage> CountAsync(Guid workshopId, Poll poll, string first, string second)
    {
        var options = poll.Options.OrderBy(o => o.Position).ToList();
        return await PageForm.SubmitAsync(await app.FacilitatorAsync(), ConsoleWebApp.ConsolePath(workshopId), $"compter-mains-{poll.Id:N}", new Dictionary<string, string>
        {
            [$"HandCounts[{options[0].Id:N}]"] = first,
            [$"HandCounts[{options[1].Id:N}]"] = second,
        });
    }
}
