using System.Net;
using Roadmap.Web.Tests.Account;

namespace Roadmap.Web.Tests.Workshops.Room;

/// <summary>« /rejoindre »: the code form, without JavaScript.</summary>
public sealed class JoinPageTests(RoomWebApp app) : IClassFixture<RoomWebApp>
{
    [Fact]
    public async Task AKnownCodeLeadsToItsRoomWhateverTheCaseAndDashesTyped()
    {
        var room = await app.WorkshopAsync();
        var typed = $"{room.JoinCode[..3].ToLowerInvariant()}-{room.JoinCode[3..]}";

        var response = await app.Anonymous().GetAsync($"/rejoindre?code={Uri.EscapeDataString(typed)}");

        Assert.Equal((HttpStatusCode.Redirect, $"/rejoindre/{room.JoinCode}"), (response.StatusCode, AccountTestSteps.Location(response)));
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

        Assert.Equal(("Code de l'atelier", null), (AccountTestSteps.Text(page, "label[for=code]"), page.QuerySelector("#code-erreur")));
    }

    [Fact]
    public async Task TheFormIsSentWithGetToTheJoinPage()
    {
        var page = await FormPost.GetPageAsync(app.Anonymous(), "/rejoindre");

        var form = page.QuerySelector("form.join-form")!;
        Assert.Equal(("get", "/rejoindre", "code"), (form.GetAttribute("method"), form.GetAttribute("action"), form.QuerySelector("input#code")!.GetAttribute("name")));
    }
}
