using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Comments;

/// <summary>The comment forms of the action page, posted as a browser without JavaScript would.</summary>
public sealed class CommentPageTests(CommentsWebApp app) : IClassFixture<CommentsWebApp>
{
    private static Dictionary<string, string> Comment(string body, string alignment = "For") =>
        new() { ["Input.Body"] = body, ["Input.Alignment"] = alignment };

    private async Task<Guid> PostByApiAsync(string email, Guid actionId, string body)
    {
        using var client = await app.BearerAsync(email);
        var response = await client.PostAsJsonAsync($"/api/v1/actions/{actionId}/comments", new { body, alignment = "neutre" });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("commentId").GetGuid();
    }

    [Fact]
    public async Task AnonymousVisitorsAreInvitedToSignInToComment()
    {
        var path = CommentsWebApp.ActionPath(await app.FreshActionAsync());
        using var client = app.Anonymous();

        var page = await FormPost.GetPageAsync(client, path);

        var link = page.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Connectez-vous pour commenter");
        Assert.StartsWith($"/compte/connexion?returnUrl={Uri.EscapeDataString(path)}", link.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("textarea"));
    }

    [Fact]
    public async Task ACitizensCommentIsVisibleOnThePageAfterPosting()
    {
        var path = CommentsWebApp.ActionPath(await app.FreshActionAsync());
        var body = $"Une médiathèque par canton ({Guid.NewGuid():N})";
        using var client = await app.SignedInAsync(DemoFacts.Citizen);

        var response = await FormPost.SubmitAsync(client, path, "commentaire", Comment(body, "Against"));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches(@"\?message=publie&commentaire=([0-9a-f-]{36})#commentaire-\1$", location);
        var page = await FormPost.GetPageAsync(client, location);
        var id = location[(location.IndexOf("#commentaire-", StringComparison.Ordinal) + "#commentaire-".Length)..];
        var item = page.GetElementById($"commentaire-{id}")!;
        Assert.Contains(body, item.TextContent, StringComparison.Ordinal);
        Assert.Contains("Contre", item.TextContent, StringComparison.Ordinal);
        Assert.Equal("Votre commentaire est publié.", AccountTestSteps.Text(page, "[role=status]"));
    }

    [Fact]
    public async Task AnEmptyCommentIsRefusedWithItsErrorNextToTheField()
    {
        var path = CommentsWebApp.ActionPath(await app.FreshActionAsync());
        using var client = await app.SignedInAsync(DemoFacts.Citizen);

        var response = await FormPost.SubmitAsync(client, path, "commentaire", Comment(""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormPost.ReadAsync(response);
        Assert.Equal("Écrivez votre commentaire.", AccountTestSteps.Text(page, "#commenter-texte-erreur"));
        Assert.Contains("commenter-texte-erreur", page.QuerySelector("#commenter-texte")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReplyLinkOpensAFormThatRepliesUnderTheComment()
    {
        var actionId = await app.FreshActionAsync();
        var parentId = await PostByApiAsync(DemoFacts.Actor, actionId, $"Qui finance ? {Guid.NewGuid():N}");
        using var client = await app.SignedInAsync(DemoFacts.Citizen);

        var response = await FormPost.SubmitAsync(client, $"{CommentsWebApp.ActionPath(actionId)}?repondre={parentId}", "[reponse]commentaire", Comment("Le Département."));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Comments.AnyAsync(c => c.ParentId == parentId && c.Body == "Le Département.")));
    }

    [Fact]
    public async Task TheUsefulButtonCountsOneVote()
    {
        var actionId = await app.FreshActionAsync();
        var id = await PostByApiAsync(DemoFacts.Actor, actionId, $"Bonne piste {Guid.NewGuid():N}");
        using var client = await app.SignedInAsync(DemoFacts.Citizen);

        var response = await FormPost.SubmitAsync(client, CommentsWebApp.ActionPath(actionId), "utile", new Dictionary<string, string> { ["utile"] = id.ToString() });

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var page = await FormPost.GetPageAsync(client, AccountTestSteps.Location(response));
        var button = page.GetElementById($"commentaire-{id}")!.QuerySelector("button[aria-pressed]")!;
        Assert.Equal("true", button.GetAttribute("aria-pressed"));
        Assert.StartsWith("Utile (1)", button.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachCommentCarriesOneLabelledControlPerActionAndNoRepeatedWeight()
    {
        var actionId = await app.FreshActionAsync();
        var id = await PostByApiAsync(DemoFacts.Actor, actionId, $"Bonne piste {Guid.NewGuid():N}");
        using var client = await app.SignedInAsync(DemoFacts.Citizen);

        var item = (await FormPost.GetPageAsync(client, CommentsWebApp.ActionPath(actionId))).GetElementById($"commentaire-{id}")!;

        var author = item.QuerySelector(".comment-meta strong")!.TextContent;
        var upvote = Assert.Single(item.QuerySelectorAll("button[form=utile]"));
        Assert.Equal(("utile", id.ToString()), (upvote.GetAttribute("name"), upvote.GetAttribute("value")));
        Assert.Equal($"Utile (0) : commentaire de {author}", upvote.TextContent);
        Assert.Equal($"Répondre à {author}", Assert.Single(item.QuerySelectorAll($"a[href*='?repondre={id}#commentaire-{id}']")).TextContent);
        Assert.Equal($"Signaler le commentaire de {author}", Assert.Single(item.QuerySelectorAll($"a[href*='?signaler={id}#commentaire-{id}']")).TextContent);
        // What a page repeats per comment: no scoped-style attribute on each element, no indentation kept between them.
        Assert.DoesNotContain(item.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("data-b-", StringComparison.Ordinal)));
        Assert.DoesNotContain("\n    ", item.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReportLinkOpensAReasonFormThatReachesTheModerators()
    {
        var actionId = await app.FreshActionAsync();
        var id = await PostByApiAsync(DemoFacts.Actor, actionId, $"Discutable {Guid.NewGuid():N}");
        using var client = await app.SignedInAsync(DemoFacts.Citizen);

        var response = await FormPost.SubmitAsync(client, $"{CommentsWebApp.ActionPath(actionId)}?signaler={id}", "signalement",
            new Dictionary<string, string> { ["Input.Reason"] = "Hors sujet" });

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Contains("message=signale", AccountTestSteps.Location(response), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Reports.AnyAsync(r => r.TargetId == id && r.Reason == "Hors sujet")));
    }

    [Fact]
    public async Task TheAuthorDeletesTheirCommentAfterConfirming()
    {
        var actionId = await app.FreshActionAsync();
        var id = await PostByApiAsync(DemoFacts.Citizen, actionId, $"À retirer {Guid.NewGuid():N}");
        using var client = await app.SignedInAsync(DemoFacts.Citizen);

        var response = await FormPost.SubmitAsync(client, $"{CommentsWebApp.ActionPath(actionId)}?supprimer={id}", $"supprimer-{id}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Comments.AnyAsync(c => c.Id == id)));
    }

    [Fact]
    public async Task TheAuthorCorrectsTheirCommentThroughTheEditLink()
    {
        var actionId = await app.FreshActionAsync();
        var id = await PostByApiAsync(DemoFacts.Citizen, actionId, $"Premier jet {Guid.NewGuid():N}");
        using var client = await app.SignedInAsync(DemoFacts.Citizen);

        var response = await FormPost.SubmitAsync(client, $"{CommentsWebApp.ActionPath(actionId)}?modifier={id}", "[modification]commentaire",
            new Dictionary<string, string> { ["Input.Body"] = "Version corrigée" });

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var page = await FormPost.GetPageAsync(client, AccountTestSteps.Location(response));
        var item = page.GetElementById($"commentaire-{id}")!.TextContent;
        Assert.Contains("Version corrigée", item, StringComparison.Ordinal);
        Assert.Contains("(modifié)", item, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMistypedFormAddressStillShowsThePage()
    {
        using var client = await app.SignedInAsync(DemoFacts.Citizen);

        var response = await client.GetAsync($"{CommentsWebApp.ActionPath(await app.FreshActionAsync())}?repondre=pas-un-identifiant");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ALongDebateIsPagedAndALinkToACommentOpensItsPage()
    {
        var actionId = await app.FreshActionAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 11; i++)
        {
            ids.Add(await PostByApiAsync(DemoFacts.Participant(i % 10 + 1), actionId, $"Avis numéro {i}"));
        }

        using var client = app.Anonymous();
        var first = await FormPost.GetPageAsync(client, CommentsWebApp.ActionPath(actionId));
        var last = await FormPost.GetPageAsync(client, $"{CommentsWebApp.ActionPath(actionId)}?commentaire={ids[^1]}");

        Assert.Equal(10, first.QuerySelectorAll("li.comment").Length);
        Assert.Null(first.QuerySelector($"#commentaire-{ids[^1]}"));
        Assert.NotNull(first.QuerySelector($"nav[aria-label='Pages des commentaires'] a[href$='?page=2#commentaires-titre']"));
        Assert.NotNull(last.QuerySelector($"#commentaire-{ids[^1]}"));
        Assert.Contains("Neutre : 11", last.QuerySelectorAll("ul.counts li.badge").Select(li => li.TextContent.Trim()));
    }
}
