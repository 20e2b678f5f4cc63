using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Roadmap.Web.Tests.Comments;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Moderation;

/// <summary>/api/v1/moderation: staff only, decisions « hide » (with a public reason) or « restore ».</summary>
public sealed class ModerationApiTests(CommentsWebApp app) : IClassFixture<CommentsWebApp>
{
    private async Task<Guid> ReportedCommentAsync(Guid actionId, string text)
    {
        using var author = await app.BearerAsync(DemoFacts.Actor);
        var posted = await author.PostAsJsonAsync($"/api/v1/actions/{actionId}/comments", new { body = text, alignment = "neutre" });
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("commentId").GetGuid();
        using var reporter = await app.BearerAsync(DemoFacts.Citizen);
        Assert.Equal(HttpStatusCode.Created, (await reporter.PostAsJsonAsync($"/api/v1/comments/{id}/reports", new { reason = "Injurieux" })).StatusCode);
        return id;
    }

    [Fact]
    public async Task AnonymousCallersGet401()
    {
        using var client = app.Anonymous();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/moderation")).StatusCode);
    }

    [Fact]
    public async Task CitizensGet403()
    {
        using var client = await app.BearerAsync(DemoFacts.Citizen);

        var response = await client.GetAsync("/api/v1/moderation");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("droit", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoFacts.Facilitator)]
    [InlineData(DemoFacts.Administrator)]
    public async Task StaffSeeTheReportedComment(string email)
    {
        var id = await ReportedCommentAsync(await app.FreshActionAsync(), $"À examiner {Guid.NewGuid():N}");
        using var client = await app.BearerAsync(email);

        var queue = await client.GetFromJsonAsync<JsonElement>("/api/v1/moderation");

        var item = queue.EnumerateArray().Single(i => i.GetProperty("targetId").GetGuid() == id);
        Assert.Equal("Comment", item.GetProperty("target").GetString());
        Assert.Equal(1, item.GetProperty("reportCount").GetInt32());
    }

    [Fact]
    public async Task HidingACommentShowsItsPublicReasonInsteadOfItsText()
    {
        var actionId = await app.FreshActionAsync();
        var text = $"Propos à masquer {Guid.NewGuid():N}";
        var id = await ReportedCommentAsync(actionId, text);
        using var client = await app.BearerAsync(DemoFacts.Facilitator);

        var response = await client.PostAsJsonAsync($"/api/v1/moderation/comments/{id}", new { decision = "hide", reason = "Attaque personnelle" });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var raw = await app.Anonymous().GetStringAsync($"/api/v1/actions/{actionId}/comments");
        Assert.DoesNotContain(text, raw, StringComparison.Ordinal);
        Assert.Contains("Attaque personnelle", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownDecisionIs422()
    {
        var id = await ReportedCommentAsync(await app.FreshActionAsync(), $"Texte {Guid.NewGuid():N}");
        using var client = await app.BearerAsync(DemoFacts.Facilitator);

        var response = await client.PostAsJsonAsync($"/api/v1/moderation/comments/{id}", new { decision = "supprimer" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("decision", out _));
    }

    [Fact]
    public async Task HidingWithoutAReasonIs422()
    {
        var id = await ReportedCommentAsync(await app.FreshActionAsync(), $"Texte {Guid.NewGuid():N}");
        using var client = await app.BearerAsync(DemoFacts.Facilitator);

        var response = await client.PostAsJsonAsync($"/api/v1/moderation/comments/{id}", new { decision = "hide" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Indiquez le motif du masquage : il sera affiché publiquement.",
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("reason")[0].GetString());
    }

    [Fact]
    public async Task CitizensMayNotHideAnAction()
    {
        using var client = await app.BearerAsync(DemoFacts.Citizen);

        var response = await client.PostAsJsonAsync($"/api/v1/moderation/actions/{await app.FreshActionAsync()}", new { decision = "hide", reason = "Non" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ModeratingAnUnknownActionIs404()
    {
        using var client = await app.BearerAsync(DemoFacts.Administrator);

        var response = await client.PostAsJsonAsync($"/api/v1/moderation/actions/{Guid.NewGuid()}", new { decision = "restore" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
