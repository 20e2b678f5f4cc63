using System.Net;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Hubs.Support;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Workshops.Room;

/// <summary>« /rejoindre/{code} »: the server-rendered shell of the participant room.</summary>
public sealed class RoomPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task AGuestAllowedWorkshopShowsItsTitleAndTheGuestNameForm()
    {
        var room = await DemoRoom.CreateAsync(app.App, allowGuests: true);

        var page = await FormPost.GetPageAsync(app.Anonymous(), $"/rejoindre/{room.JoinCode}");

        Assert.Equal("Atelier des communes", AccountTestSteps.Text(page, "h1"));
        Assert.Equal("Votre nom ou celui de votre structure", AccountTestSteps.Text(page, "#guest-form label[for=guest-name]"));
    }

    [Fact]
    public async Task TheShellCarriesTheCodeForTheScriptAndExplainsItNeedsJavaScript()
    {
        var room = await DemoRoom.CreateAsync(app.App);

        var page = await FormPost.GetPageAsync(app.Anonymous(), $"/rejoindre/{room.JoinCode}");

        Assert.Equal(room.JoinCode, page.QuerySelector("#room-live")!.GetAttribute("data-code"));
        Assert.Contains("a besoin de JavaScript", page.QuerySelector("noscript")!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheConnectionStatusIsAPoliteLiveRegion()
    {
        var room = await DemoRoom.CreateAsync(app.App);

        var page = await FormPost.GetPageAsync(app.Anonymous(), $"/rejoindre/{room.JoinCode}");

        Assert.Equal("polite", page.QuerySelector("#room-status")!.GetAttribute("aria-live"));
    }

    [Fact]
    public async Task ASignedOutVisitorOfAMembersOnlyWorkshopIsAskedToSignIn()
    {
        var room = await DemoRoom.CreateAsync(app.App, allowGuests: false);

        var page = await FormPost.GetPageAsync(app.Anonymous(), $"/rejoindre/{room.JoinCode}");

        Assert.Contains("réservé aux personnes connectées", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/compte/connexion?returnUrl=%2Frejoindre%2F{room.JoinCode}']"));
        Assert.Null(page.QuerySelector("#room-live"));
    }

    [Fact]
    public async Task ASignedInMemberEntersAMembersOnlyWorkshopWithoutGivingAName()
    {
        var room = await DemoRoom.CreateAsync(app.App, allowGuests: false);

        var page = await FormPost.GetPageAsync(await app.SignedInAsync(DemoRoom.Email(RoleNames.Citizen)), $"/rejoindre/{room.JoinCode}");

        Assert.Equal("false", page.QuerySelector("#room-live")?.GetAttribute("data-guest"));
        Assert.Null(page.QuerySelector("#guest-form"));
    }

    [Fact]
    public async Task ACodeTypedInLowerCaseLeadsToTheRoomsAddress()
    {
        var room = await DemoRoom.CreateAsync(app.App);

        var response = await app.Anonymous().GetAsync($"/rejoindre/{room.JoinCode.ToLowerInvariant()}");

        Assert.Equal($"/rejoindre/{room.JoinCode}", AccountTestSteps.Location(response));
    }

    [Fact]
    public async Task AnUnknownCodeLeadsBackToTheFormThatExplainsIt()
    {
        var response = await app.Anonymous().GetAsync("/rejoindre/ZZZ222");

        Assert.Equal("/rejoindre?code=ZZZ222", AccountTestSteps.Location(response));
    }

    [Fact]
    public async Task ThePageLoadsTheSignalRClientThenTheSharedModuleThenItsScript()
    {
        var room = await DemoRoom.CreateAsync(app.App);

        var page = await FormPost.GetPageAsync(app.Anonymous(), $"/rejoindre/{room.JoinCode}");

        var scripts = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ToList();
        Assert.Collection(
            scripts,
            s => Assert.StartsWith("lib/signalr/signalr.min", s, StringComparison.Ordinal),
            s => Assert.StartsWith("js/workshop-live", s, StringComparison.Ordinal),
            s => Assert.StartsWith("js/workshop-room", s, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("lib/signalr/signalr.min")]
    [InlineData("js/workshop-live")]
    [InlineData("js/workshop-room")]
    [InlineData("css/workshop-room")]
    public async Task EveryAssetThePageReferencesIsServed(string asset)
    {
        var room = await DemoRoom.CreateAsync(app.App);
        var client = app.Anonymous();
        var page = await FormPost.GetPageAsync(client, $"/rejoindre/{room.JoinCode}");

        var url = page.QuerySelectorAll("script[src], link[rel=stylesheet]")
            .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!)
            .Single(u => u.StartsWith(asset, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/" + url)).StatusCode);
    }
}
