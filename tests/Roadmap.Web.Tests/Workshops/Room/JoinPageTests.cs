using System.Net;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Hubs.Support;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Workshops.Room;

/// <summary>« /rejoindre »: the code form, without JavaScript.</summary>
public sealed class JoinPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task AKnownCodeLeadsToItsRoomWhateverTheCaseAndDashesTyped()
    {
        var room = await DemoRoom.CreateAsync(app.App);
        var typed = $"{room.JoinCode[..3].ToLowerInvariant()}-{room.JoinCode[3..]}";

        var response = await app.Anonymous().GetAsync($"/rejoindre?code={Uri.EscapeDataString(typed)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/rejoindre/{room.JoinCode}", AccountTestSteps.Location(response));
    }

    [Fact]
    public async Task AnUnknownCodeIsExplainedNextToTheField()
    {
        var page = await FormPost.GetPageAsync(app.Anonymous(), "/rejoindre?code=ZZZ222");

        Assert.Contains("Le code d'atelier « ZZZ222 » est introuvable.", AccountTestSteps.Text(page, "#code-erreur"), StringComparison.Ordinal);
        Assert.Contains("code-erreur", page.QuerySelector("#code")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyCodeIsAskedFor()
    {
        var page = await FormPost.GetPageAsync(app.Anonymous(), "/rejoindre?code=");

        Assert.Equal("Saisissez le code de l'atelier.", AccountTestSteps.Text(page, "#code-erreur"));
    }

    [Fact]
    public async Task AFirstVisitShowsTheLabelledFieldWithoutError()
    {
        var page = await FormPost.GetPageAsync(app.Anonymous(), "/rejoindre");

        Assert.Equal("Code de l'atelier", AccountTestSteps.Text(page, "label[for=code]"));
        Assert.Null(page.QuerySelector("#code-erreur"));
    }

    [Fact]
    public async Task TheFormIsSentWithGetToTheJoinPage()
    {
        var page = await FormPost.GetPageAsync(app.Anonymous(), "/rejoindre");

        var form = page.QuerySelector("form.join-form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/rejoindre", form.GetAttribute("action"));
        Assert.Equal("code", form.QuerySelector("input#code")!.GetAttribute("name"));
    }
}
