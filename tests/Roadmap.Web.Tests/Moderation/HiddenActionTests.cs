using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Comments;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Moderation;

/// <summary>An action hidden by moderation: its content reaches moderators only, everyone else gets the public reason.</summary>
public sealed class HiddenActionTests(CommentsWebApp app) : IClassFixture<CommentsWebApp>
{
    private const string Reason = "Propos diffamatoires";

    private async Task<(Guid Id, string Title)> HiddenActionAsync()
    {
        var id = await app.FreshActionAsync();
        using var anonymous = app.Anonymous();
        var title = (await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/actions/{id}")).GetProperty("title").GetString()!;
        using var facilitator = await app.BearerAsync(DemoFacts.Facilitator);
        var hidden = await facilitator.PostAsJsonAsync($"/api/v1/moderation/actions/{id}", new { decision = "hide", reason = Reason });
        Assert.Equal(HttpStatusCode.NoContent, hidden.StatusCode);
        return (id, title);
    }

    [Fact]
    public async Task TheApiAnswers410WithTheReasonAndNoContent()
    {
        var (id, title) = await HiddenActionAsync();
        using var client = await app.BearerAsync(DemoFacts.Citizen);

        var response = await client.GetAsync($"/api/v1/actions/{id}");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(title, body, StringComparison.Ordinal);
        Assert.Contains(Reason, JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItsCommentsAreNotServedEither()
    {
        var (id, _) = await HiddenActionAsync();
        using var client = app.Anonymous();

        Assert.Equal(HttpStatusCode.Gone, (await client.GetAsync($"/api/v1/actions/{id}/comments")).StatusCode);
    }

    [Fact]
    public async Task ThePageShowsTheModerationNoticeInsteadOfTheAction()
    {
        var (id, title) = await HiddenActionAsync();
        using var client = app.Anonymous();

        var response = await client.GetAsync(CommentsWebApp.ActionPath(id));

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        var page = await FormPost.ReadAsync(response);
        Assert.Equal("Action masquée par la modération", Assert.Single(page.QuerySelectorAll("h1")).TextContent.Trim());
        Assert.Contains(Reason, page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(title, page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AModeratorStillReadsItWithANotice()
    {
        var (id, title) = await HiddenActionAsync();
        using var client = await app.SignedInAsync(DemoFacts.Facilitator);

        var page = await FormPost.GetPageAsync(client, CommentsWebApp.ActionPath(id));

        Assert.Equal(title, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(Reason, page.QuerySelector("article .notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARestoredActionIsPublicAgain()
    {
        var (id, title) = await HiddenActionAsync();
        using var facilitator = await app.BearerAsync(DemoFacts.Facilitator);
        await facilitator.PostAsJsonAsync($"/api/v1/moderation/actions/{id}", new { decision = "restore" });

        var action = await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/actions/{id}");

        Assert.Equal(title, action.GetProperty("title").GetString());
    }
}
