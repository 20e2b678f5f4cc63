using System.Net;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Components.Pages.Workshops.Screen;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Hubs.Support;
using Roadmap.Web.Tests.Support;
using Roadmap.Web.Tests.Workshops.Room;

namespace Roadmap.Web.Tests.Workshops.Screen;

/// <summary>« /ateliers/{id}/ecran » and its QR code: for the workshop's facilitators only.</summary>
public sealed class ScreenPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task TheFacilitatorSeesTheJoinCodeInBigLetters()
    {
        var room = await DemoRoom.CreateAsync(app.App);

        var page = await FormPost.GetPageAsync(await app.SignedInAsync(DemoRoom.Email(RoleNames.Facilitator)), $"/ateliers/{room.WorkshopId}/ecran");

        Assert.Equal(room.JoinCode, AccountTestSteps.Text(page, ".screen-code [aria-hidden=true]"));
    }

    [Fact]
    public async Task TheFacilitatorSeesTheAbsoluteJoinAddress()
    {
        var room = await DemoRoom.CreateAsync(app.App);

        var page = await FormPost.GetPageAsync(await app.SignedInAsync(DemoRoom.Email(RoleNames.Facilitator)), $"/ateliers/{room.WorkshopId}/ecran");

        Assert.Equal($"{RoadmapWebFactory.PublicUrl}/rejoindre/{room.JoinCode}", AccountTestSteps.Text(page, ".screen-url"));
    }

    [Fact]
    public async Task TheJoinAddressIgnoresAForgedHostHeader()
    {
        var room = await DemoRoom.CreateAsync(app.App);
        var forged = await ForgedHost.SignedInAsync(app.App, DemoRoom.Email(RoleNames.Facilitator));

        var page = await FormPost.GetPageAsync(forged, $"/ateliers/{room.WorkshopId}/ecran");

        Assert.Equal($"{RoadmapWebFactory.PublicUrl}/rejoindre/{room.JoinCode}", AccountTestSteps.Text(page, ".screen-url"));
    }

    [Fact]
    public async Task TheQrCodeIgnoresAForgedHostHeader()
    {
        var room = await DemoRoom.CreateAsync(app.App);
        var forged = await ForgedHost.SignedInAsync(app.App, DemoRoom.Email(RoleNames.Facilitator));

        var svg = await forged.GetStringAsync($"/ateliers/{room.WorkshopId}/ecran/qr.svg");

        Assert.Equal(JoinQrCode.Svg($"{RoadmapWebFactory.PublicUrl}/rejoindre/{room.JoinCode}"), svg);
    }

    [Fact]
    public async Task ACitizenGetsNotFound()
    {
        var room = await DemoRoom.CreateAsync(app.App);

        var response = await (await app.SignedInAsync(DemoRoom.Email(RoleNames.Citizen))).GetAsync($"/ateliers/{room.WorkshopId}/ecran");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ASignedOutVisitorIsSentToSignIn()
    {
        var room = await DemoRoom.CreateAsync(app.App);

        var response = await app.Anonymous().GetAsync($"/ateliers/{room.WorkshopId}/ecran");

        Assert.Equal(
            $"/compte/connexion?returnurl={Uri.EscapeDataString($"/ateliers/{room.WorkshopId}/ecran")}",
            AccountTestSteps.Location(response), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheQrCodeIsAnSvgImageForTheFacilitator()
    {
        var room = await DemoRoom.CreateAsync(app.App);

        var response = await (await app.SignedInAsync(DemoRoom.Email(RoleNames.Facilitator))).GetAsync($"/ateliers/{room.WorkshopId}/ecran/qr.svg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheQrCodeIsNotFoundForACitizen()
    {
        var room = await DemoRoom.CreateAsync(app.App);

        var response = await (await app.SignedInAsync(DemoRoom.Email(RoleNames.Citizen))).GetAsync($"/ateliers/{room.WorkshopId}/ecran/qr.svg");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheQrCodeIsNotFoundForASignedOutVisitor()
    {
        var room = await DemoRoom.CreateAsync(app.App);

        var response = await app.Anonymous().GetAsync($"/ateliers/{room.WorkshopId}/ecran/qr.svg");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ThePageLoadsTheSignalRClientThenTheSharedModuleThenItsScript()
    {
        var room = await DemoRoom.CreateAsync(app.App);
        var client = await app.SignedInAsync(DemoRoom.Email(RoleNames.Facilitator));

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
        var room = await DemoRoom.CreateAsync(app.App);

        var page = await FormPost.GetPageAsync(await app.SignedInAsync(DemoRoom.Email(RoleNames.Facilitator)), $"/ateliers/{room.WorkshopId}/ecran");

        Assert.Equal("Aucun sondage pour l'instant.", AccountTestSteps.Text(page, "#screen-chart"));
    }
}
