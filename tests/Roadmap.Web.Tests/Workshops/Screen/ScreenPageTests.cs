using System.Net;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Workshops.Room;

namespace Roadmap.Web.Tests.Workshops.Screen;

/// <summary>« /ateliers/{id}/ecran » and its QR code: for the workshop's facilitators only.</summary>
public sealed class ScreenPageTests(RoomWebApp app) : IClassFixture<RoomWebApp>
{
    [Fact]
    public async Task TheFacilitatorSeesTheJoinCodeInBigLetters()
    {
        var room = await app.WorkshopAsync();

        var page = await FormPost.GetPageAsync(await app.AsAsync(RoleNames.Facilitator), $"/ateliers/{room.WorkshopId}/ecran");

        Assert.Equal(room.JoinCode, AccountTestSteps.Text(page, ".screen-code [aria-hidden=true]"));
    }

    [Fact]
    public async Task TheFacilitatorSeesTheAbsoluteJoinAddress()
    {
        var room = await app.WorkshopAsync();

        var page = await FormPost.GetPageAsync(await app.AsAsync(RoleNames.Facilitator), $"/ateliers/{room.WorkshopId}/ecran");

        Assert.Equal($"http://localhost/rejoindre/{room.JoinCode}", AccountTestSteps.Text(page, ".screen-url"));
    }

    [Fact]
    public async Task ACitizenGetsNotFound()
    {
        var room = await app.WorkshopAsync();

        var response = await (await app.AsAsync(RoleNames.Citizen)).GetAsync($"/ateliers/{room.WorkshopId}/ecran");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ASignedOutVisitorIsSentToSignIn()
    {
        var room = await app.WorkshopAsync();

        var response = await app.Anonymous().GetAsync($"/ateliers/{room.WorkshopId}/ecran");

        Assert.Equal(
            $"/compte/connexion?returnurl={Uri.EscapeDataString($"/ateliers/{room.WorkshopId}/ecran")}",
            AccountTestSteps.Location(response), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheQrCodeIsAnSvgImageForTheFacilitator()
    {
        var room = await app.WorkshopAsync();

        var response = await (await app.AsAsync(RoleNames.Facilitator)).GetAsync($"/ateliers/{room.WorkshopId}/ecran/qr.svg");

        Assert.Equal((HttpStatusCode.OK, "image/svg+xml"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        Assert.Contains("<svg", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheQrCodeIsNotFoundForACitizen()
    {
        var room = await app.WorkshopAsync();

        var response = await (await app.AsAsync(RoleNames.Citizen)).GetAsync($"/ateliers/{room.WorkshopId}/ecran/qr.svg");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheQrCodeIsNotFoundForASignedOutVisitor()
    {
        var room = await app.WorkshopAsync();

        var response = await app.Anonymous().GetAsync($"/ateliers/{room.WorkshopId}/ecran/qr.svg");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ThePageLoadsTheSignalRClientThenTheSharedModuleThenItsScript()
    {
        var room = await app.WorkshopAsync();
        var client = await app.AsAsync(RoleNames.Facilitator);

        var page = await FormPost.GetPageAsync(client, $"/ateliers/{room.WorkshopId}/ecran");

        var scripts = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ToList();
        Assert.Collection(
            scripts,
            s => Assert.StartsWith("lib/signalr/signalr.min", s, StringComparison.Ordinal),
            s => Assert.StartsWith("js/workshop-live", s, StringComparison.Ordinal),
            s => Assert.StartsWith("js/workshop-screen", s, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/" + scripts[2])).StatusCode);
    }

    [Fact]
    public async Task BeforeAnyPollTheScreenSaysSo()
    {
        var room = await app.WorkshopAsync();

        var page = await FormPost.GetPageAsync(await app.AsAsync(RoleNames.Facilitator), $"/ateliers/{room.WorkshopId}/ecran");

        Assert.Equal("Aucun sondage pour l'instant.", AccountTestSteps.Text(page, "#screen-chart"));
    }
}
