using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Comments;

/// <summary>The comment routes of /api/v1 with Identity bearer tokens, against the real app.</summary>
public sealed class CommentApiTests(CommentsWebApp app) : IClassFixture<CommentsWebApp>
{
    private static string Unique(string text) => $"{text} ({Guid.NewGuid():N})";

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private async Task<Guid> PostAsync(string email, Guid actionId, string body, string alignment = "pour", Guid? parentId = null)
    {
        using var client = await app.BearerAsync(email);
        var response = await client.PostAsJsonAsync($"/api/v1/actions/{actionId}/comments", new { body, alignment, parentId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await JsonAsync(response)).GetProperty("commentId").GetGuid();
    }

    private async Task<JsonElement> ListAsync(Guid actionId, string? email = null)
    {
        using var client = email is null ? app.Anonymous() : await app.BearerAsync(email);
        var response = await client.GetAsync($"/api/v1/actions/{actionId}/comments");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await JsonAsync(response);
    }

    [Fact]
    public async Task PostingACommentAnswers201AndItIsListedAsSafeHtml()
    {
        var actionId = await app.FreshActionAsync();
        using var client = await app.BearerAsync(DemoFacts.Citizen);

        var response = await client.PostAsJsonAsync($"/api/v1/actions/{actionId}/comments", new { body = "**Oui** <script>alert(1)</script>", alignment = "contre" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await JsonAsync(response)).GetProperty("commentId").GetGuid();
        Assert.EndsWith($"#commentaire-{id}", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var listed = (await ListAsync(actionId)).GetProperty("comments").EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == id);
        Assert.Equal("Against", listed.GetProperty("alignment").GetString());
        Assert.Contains("<strong>Oui</strong>", listed.GetProperty("bodyHtml").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("<script", listed.GetProperty("bodyHtml").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAuthorGetsTheMarkdownOfTheirOwnCommentOnly()
    {
        var actionId = await app.FreshActionAsync();
        var id = await PostAsync(DemoFacts.Citizen, actionId, "*Brouillon*");

        JsonElement Comment(JsonElement thread) => thread.GetProperty("comments").EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == id);

        var asAuthor = Comment(await ListAsync(actionId, DemoFacts.Citizen));
        var asOther = Comment(await ListAsync(actionId, DemoFacts.Actor));
        Assert.Equal("*Brouillon*", asAuthor.GetProperty("bodyMarkdown").GetString());
        Assert.True(asAuthor.GetProperty("canEdit").GetBoolean());
        Assert.Equal(JsonValueKind.Null, asOther.GetProperty("bodyMarkdown").ValueKind);
        Assert.Equal((false, true), (asAuthor.GetProperty("canUpvote").GetBoolean(), asOther.GetProperty("canUpvote").GetBoolean()));
    }

    [Fact]
    public async Task PostingWithoutATokenIs401()
    {
        var actionId = await app.FreshActionAsync();
        using var client = app.Anonymous();

        var response = await client.PostAsJsonAsync($"/api/v1/actions/{actionId}/comments", new { body = "Anonyme" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AnEmptyBodyIs422WithAFrenchErrorOnTheField()
    {
        var actionId = await app.FreshActionAsync();
        using var client = await app.BearerAsync(DemoFacts.Citizen);

        var response = await client.PostAsJsonAsync($"/api/v1/actions/{actionId}/comments", new { body = "", alignment = "neutre" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Écrivez votre commentaire.", (await JsonAsync(response)).GetProperty("errors").GetProperty("body")[0].GetString());
    }

    [Fact]
    public async Task AnUnknownPositionIs422()
    {
        var actionId = await app.FreshActionAsync();
        using var client = await app.BearerAsync(DemoFacts.Citizen);

        var response = await client.PostAsJsonAsync($"/api/v1/actions/{actionId}/comments", new { body = "Bonjour", alignment = "peut-être" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await JsonAsync(response)).GetProperty("errors").TryGetProperty("alignment", out _));
    }

    [Fact]
    public async Task CommentingAnUnknownActionIs404()
    {
        using var client = await app.BearerAsync(DemoFacts.Citizen);

        var response = await client.PostAsJsonAsync($"/api/v1/actions/{Guid.NewGuid()}/comments", new { body = "Bonjour" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("introuvable", (await JsonAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditingSomeoneElsesCommentIs403()
    {
        var id = await PostAsync(DemoFacts.Actor, await app.FreshActionAsync(), Unique("Mon avis"));
        using var client = await app.BearerAsync(DemoFacts.Citizen);

        var response = await client.PutAsJsonAsync($"/api/v1/comments/{id}", new { body = "Détourné" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task TheAuthorEditsAndDeletesTheirComment()
    {
        var actionId = await app.FreshActionAsync();
        var id = await PostAsync(DemoFacts.Citizen, actionId, Unique("Premier jet"));
        using var client = await app.BearerAsync(DemoFacts.Citizen);

        var edited = await client.PutAsJsonAsync($"/api/v1/comments/{id}", new { body = "Corrigé" });
        var deleted = await client.DeleteAsync($"/api/v1/comments/{id}");

        Assert.Equal(HttpStatusCode.NoContent, edited.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.DoesNotContain((await ListAsync(actionId)).GetProperty("comments").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task UpvotingIs204AndCountsOnceButNotOnOnesOwnComment()
    {
        var actionId = await app.FreshActionAsync();
        var id = await PostAsync(DemoFacts.Actor, actionId, Unique("Utile ?"));
        using var citizen = await app.BearerAsync(DemoFacts.Citizen);
        using var author = await app.BearerAsync(DemoFacts.Actor);

        var first = await citizen.PutAsync($"/api/v1/comments/{id}/upvote", null);
        var second = await citizen.PutAsync($"/api/v1/comments/{id}/upvote", null);
        var own = await author.PutAsync($"/api/v1/comments/{id}/upvote", null);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, second.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
        var listed = (await ListAsync(actionId)).GetProperty("comments").EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == id);
        Assert.Equal(1, listed.GetProperty("upvoteCount").GetInt32());
    }

    [Fact]
    public async Task ReportingIs201ThenASecondReportBySamePersonIs409InFrench()
    {
        var id = await PostAsync(DemoFacts.Actor, await app.FreshActionAsync(), Unique("Discutable"));
        using var client = await app.BearerAsync(DemoFacts.Citizen);

        var first = await client.PostAsJsonAsync($"/api/v1/comments/{id}/reports", new { reason = "Hors sujet" });
        var second = await client.PostAsJsonAsync($"/api/v1/comments/{id}/reports", new { reason = "Encore" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("déjà signalé", (await JsonAsync(second)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnActionCanBeReported()
    {
        using var client = await app.BearerAsync(DemoFacts.Citizen);

        var response = await client.PostAsJsonAsync($"/api/v1/actions/{await app.FreshActionAsync()}/reports", new { reason = "Publicité" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task ACommentHeldAfterThreeReportsIsListedWithoutItsText()
    {
        var actionId = await app.FreshActionAsync();
        var id = await PostAsync(DemoFacts.Actor, actionId, Unique("Texte litigieux"));
        foreach (var reporter in new[] { DemoFacts.Participant(1), DemoFacts.Participant(2), DemoFacts.Participant(3) })
        {
            using var client = await app.BearerAsync(reporter);
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/v1/comments/{id}/reports", new { reason = "Injurieux" })).StatusCode);
        }

        using var anonymous = app.Anonymous();
        var raw = await anonymous.GetStringAsync($"/api/v1/actions/{actionId}/comments");

        Assert.DoesNotContain("Texte litigieux", raw, StringComparison.Ordinal);
        Assert.Contains("\"isHeld\":true", raw, StringComparison.Ordinal);
    }
}
