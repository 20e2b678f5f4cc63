using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Comments;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Moderation;

/// <summary>The /moderation page: staff only, one hide form and one restore form per reported content.</summary>
public sealed class ModerationPageTests(CommentsWebApp app) : IClassFixture<CommentsWebApp>
{
    private async Task<Guid> ReportedCommentAsync()
    {
        using var author = await app.BearerAsync(DemoFacts.Actor);
        var posted = await author.PostAsJsonAsync($"/api/v1/actions/{await app.FreshActionAsync()}/comments", new { body = $"Signalé {Guid.NewGuid():N}" });
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("commentId").GetGuid();
        using var reporter = await app.BearerAsync(DemoFacts.Citizen);
        await reporter.PostAsJsonAsync($"/api/v1/comments/{id}/reports", new { reason = "Injurieux" });
        return id;
    }

    [Fact]
    public async Task AFacilitatorSeesTheQueueWithTheReportedText()
    {
        var id = await ReportedCommentAsync();
        using var client = await app.SignedInAsync(DemoFacts.Facilitator);

        var page = await FormPost.GetPageAsync(client, "/moderation");

        Assert.Equal("Modération", Assert.Single(page.QuerySelectorAll("h1")).TextContent.Trim());
        Assert.Contains("Injurieux", page.GetElementById($"signale-{id}")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/moderation");
    }

    [Fact]
    public async Task ACitizenIsSentToAccessDenied()
    {
        using var client = await app.SignedInAsync(DemoFacts.Citizen);

        var response = await client.GetAsync("/moderation");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith("/compte/acces-refuse", AccountTestSteps.Location(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACitizenHasNoModerationLink()
    {
        using var client = await app.SignedInAsync(DemoFacts.Citizen);

        var page = await FormPost.GetPageAsync(client, "/");

        Assert.DoesNotContain(page.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/moderation");
    }

    [Fact]
    public async Task AnAnonymousVisitorIsSentToSignIn()
    {
        using var client = app.Anonymous();

        var response = await client.GetAsync("/moderation");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith("/compte/connexion", AccountTestSteps.Location(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HidingFromTheQueueNeedsAReasonThenHidesTheComment()
    {
        var id = await ReportedCommentAsync();
        using var client = await app.SignedInAsync(DemoFacts.Facilitator);
        var handler = $"[contenu-{id}]masquer";

        var refused = await FormPost.SubmitAsync(client, "/moderation", handler, new Dictionary<string, string> { ["Hide.Reason"] = "" });
        var hidden = await FormPost.SubmitAsync(client, "/moderation", handler, new Dictionary<string, string> { ["Hide.Reason"] = "Attaque personnelle" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Indiquez le motif du masquage", (await FormPost.ReadAsync(refused)).GetElementById($"motif-{id}-erreur")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/moderation?message=masque", AccountTestSteps.Location(hidden));
        Assert.Equal("Attaque personnelle", await app.WithDbAsync(db => db.Comments.Where(c => c.Id == id).Select(c => c.HiddenReason).SingleAsync()));
    }

    [Fact]
    public async Task RestoringFromTheQueueClosesTheReports()
    {
        var id = await ReportedCommentAsync();
        using var client = await app.SignedInAsync(DemoFacts.Administrator);

        var response = await FormPost.SubmitAsync(client, "/moderation", $"[contenu-{id}]retablir", new Dictionary<string, string>());

        Assert.Equal("/moderation?message=retabli", AccountTestSteps.Location(response));
        Assert.False(await app.WithDbAsync(db => db.Reports.AnyAsync(r => r.TargetId == id && r.ResolvedAt == null)));
    }
}
