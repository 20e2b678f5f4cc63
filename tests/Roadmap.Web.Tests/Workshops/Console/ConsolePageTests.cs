using System.Net;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Live;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Hubs.Support;
using Roadmap.Web.Tests.Workshops.Manage;

namespace Roadmap.Web.Tests.Workshops.Console;

/// <summary>/ateliers/{id}/animation through the real app, as a browser without JavaScript uses it.</summary>
public sealed class ConsolePageTests(ConsoleWebApp app) : IClassFixture<ConsoleWebApp>
{
    [Fact]
    public async Task TheConsoleIsNotFoundForACitizen()
    {
        var room = await app.ScheduleAsync();

        var response = await (await app.SignedInAsync(DemoRoom.Email(RoleNames.Citizen))).GetAsync(ConsoleWebApp.ConsolePath(room.WorkshopId));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheConsoleOpensForTheFacilitatorWhoCreatedTheWorkshop()
    {
        var room = await app.ScheduleAsync();

        var page = await FormPost.GetPageAsync(await app.FacilitatorAsync(), ConsoleWebApp.ConsolePath(room.WorkshopId));

        Assert.Equal("Console d'animation « Atelier des communes »", AccountTestSteps.Text(page, "h1"));
    }

    [Fact]
    public async Task ASignedOutVisitorIsAskedToSignIn()
    {
        var room = await app.ScheduleAsync();

        var response = await app.Anonymous().GetAsync(ConsoleWebApp.ConsolePath(room.WorkshopId));

        Assert.StartsWith("/compte/connexion", AccountTestSteps.Location(response));
    }

    [Fact]
    public async Task OpeningTheRoomMakesTheWorkshopLive()
    {
        var room = await app.LiveAsync();

        var status = await app.WithDbAsync(db => db.Workshops.Where(w => w.Id == room.WorkshopId).Select(w => w.Status).FirstAsync());

        Assert.Equal(WorkshopStatus.Live, status);
    }

    [Fact]
    public async Task APollOpenedWithTheFormIsStored()
    {
        var room = await app.LiveAsync();

        var response = await OpenPollAsync(room.WorkshopId, "Quel tiers-lieu en priorité ?", "Le Mans", "La Flèche");

        var polls = await app.PollsAsync(room.WorkshopId);
        Assert.Equal($"/ateliers/{room.WorkshopId}/animation?statut=sondage-ouvert", AccountTestSteps.Location(response));
        Assert.Equal("Quel tiers-lieu en priorité ?", Assert.Single(polls).Question);
        Assert.Equal(2, polls[0].Options.Count);
    }

    [Fact]
    public async Task APollOpenedWithTheFormReachesTheRoom()
    {
        var room = await app.LiveAsync();
        await using var citizen = await app.ParticipantAsync(room);

        await OpenPollAsync(room.WorkshopId, "Quelle salle pour la suite ?", "Mairie", "Médiathèque");

        await citizen.Events.WaitForAsync<PollView>(LiveEvents.PollOpened, p => p.Question == "Quelle salle pour la suite ?");
    }

    [Fact]
    public async Task ThePollIsClosedWithItsForm()
    {
        var room = await app.LiveAsync();
        await OpenPollAsync(room.WorkshopId, "Faut-il un second atelier ?", "Oui", "Non");
        var pollId = (await app.PollsAsync(room.WorkshopId)).Single().Id;

        await FormPost.SubmitAsync(await app.FacilitatorAsync(), ConsoleWebApp.ConsolePath(room.WorkshopId), $"clore-sondage-{pollId:N}", new Dictionary<string, string>());

        Assert.NotNull((await app.PollsAsync(room.WorkshopId)).Single().ClosedAt);
    }

    [Fact]
    public async Task ClosingAPollAnotherFacilitatorClosedMeanwhileSaysSoInFrench()
    {
        var room = await app.LiveAsync();
        await OpenPollAsync(room.WorkshopId, "Faut-il un second atelier ?", "Oui", "Non");
        var pollId = (await app.PollsAsync(room.WorkshopId)).Single().Id;
        var facilitator = await app.FacilitatorAsync();
        var path = ConsoleWebApp.ConsolePath(room.WorkshopId);
        var staleForm = await FormPost.GetPageAsync(facilitator, path);
        await FormPost.SubmitAsync(facilitator, path, $"clore-sondage-{pollId:N}", new Dictionary<string, string>());

        var form = staleForm.QuerySelectorAll("form").Single(f => f.QuerySelector($"input[name=_handler][value=clore-sondage-{pollId:N}]") is not null);
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");

        var response = await facilitator.PostAsync(path, new FormUrlEncodedContent(fields));

        Assert.Equal(System.Net.HttpStatusCode.SeeOther, response.StatusCode);
        var upToDate = await FormPost.GetPageAsync(facilitator, response.Headers.Location!.OriginalString);
        Assert.Contains("la page avait changé entre-temps", AccountTestSteps.Text(upToDate, "#formulaire-perime"), StringComparison.Ordinal);
        Assert.Empty(upToDate.QuerySelectorAll($"#clore-{pollId:N}"));
    }

    [Fact]
    public async Task AConsoleFormWithAnExpiredTokenSaysSoInFrenchAndChangesNothing()
    {
        var room = await app.LiveAsync();
        var path = ConsoleWebApp.ConsolePath(room.WorkshopId);

        var response = await (await app.FacilitatorAsync()).PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "minuteur-lancer", ["__RequestVerificationToken"] = "expire", ["Timer.Minutes"] = "5",
        }));

        Assert.Equal(System.Net.HttpStatusCode.SeeOther, response.StatusCode);
        Assert.EndsWith("?formulaire=perime", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APollWithOneOptionIsRefusedWithAFrenchMessage()
    {
        var room = await app.LiveAsync();

        var response = await OpenPollAsync(room.WorkshopId, "Une seule option ?", "Oui", "");

        Assert.Equal(
            "Le sondage n'a pas été ouvert. Un sondage propose de 2 à 20 options.",
            AccountTestSteps.Text(await FormPost.ReadAsync(response), "#sondage-erreur"));
    }

    [Fact]
    public async Task AddingAnOptionRowKeepsWhatWasTyped()
    {
        var room = await app.LiveAsync();

        var response = await PageForm.SubmitAsync(await app.FacilitatorAsync(), ConsoleWebApp.ConsolePath(room.WorkshopId), "ouvrir-sondage", new Dictionary<string, string>
        {
            ["Poll.Question"] = "Quels ateliers mobiles ?",
            ["Poll.Options[0].Text"] = "Numérique",
            ["Poll.Command"] = "ajouter-option",
        });

        var page = await FormPost.ReadAsync(response);
        Assert.Equal("Numérique", page.QuerySelector("#option-1-texte")?.GetAttribute("value"));
        Assert.Equal(4, page.QuerySelectorAll(".console-poll-option").Length);
    }

    [Fact]
    public async Task TheFacilitatorGetsTheIdeasFragment()
    {
        var room = await app.LiveAsync();

        var response = await (await app.FacilitatorAsync()).GetAsync($"{ConsoleWebApp.ConsolePath(room.WorkshopId)}/fragments/ideas");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(html.Contains("data-console-part=\"ideas\"", StringComparison.Ordinal));
        Assert.False(html.Contains("<html", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheFragmentsAreNotFoundForAParticipant()
    {
        var room = await app.LiveAsync();
        await using var citizen = await app.ParticipantAsync(room);

        var response = await (await app.SignedInAsync(DemoRoom.Email(RoleNames.Citizen))).GetAsync($"{ConsoleWebApp.ConsolePath(room.WorkshopId)}/fragments/ideas");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheWorkshopEndsOnceTheFacilitatorConfirms()
    {
        var room = await app.LiveAsync();

        await FormPost.SubmitAsync(await app.FacilitatorAsync(), $"{ConsoleWebApp.ConsolePath(room.WorkshopId)}/terminer", "terminer-atelier", new Dictionary<string, string>());

        var status = await app.WithDbAsync(db => db.Workshops.Where(w => w.Id == room.WorkshopId).Select(w => w.Status).FirstAsync());
        Assert.Equal(WorkshopStatus.Closed, status);
    }

    private async Task<HttpResponseMessage> OpenPollAsync(Guid workshopId, string question, string first, string second) =>
        await PageForm.SubmitAsync(await app.FacilitatorAsync(), ConsoleWebApp.ConsolePath(workshopId), "ouvrir-sondage", new Dictionary<string, string>
        {
            ["Poll.Kind"] = "SingleChoice",
            ["Poll.Question"] = question,
            ["Poll.Options[0].Text"] = first,
            ["Poll.Options[1].Text"] = second,
            ["Poll.Command"] = "ouvrir",
        });
}
