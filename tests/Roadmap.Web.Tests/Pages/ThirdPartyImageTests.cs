using System.Net.Http.Json;
using System.Text.Json;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Comments;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Pages;

/// <summary>An author cannot plant a tracking pixel: no page loads an image from another origin.</summary>
public sealed class ThirdPartyImageTests(CommentsWebApp app) : IClassFixture<CommentsWebApp>
{
    [Fact]
    public async Task TheContentSecurityPolicyAllowsImagesFromTheSiteOnly()
    {
        using var client = app.Anonymous();

        var response = await client.GetAsync("/");

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("img-src 'self' data:;", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnImageInACommentIsShownAsALinkNotLoaded()
    {
        var actionId = await app.FreshActionAsync();
        var pixel = $"https://traceur.example/{Guid.NewGuid():N}.gif";
        using var author = await app.BearerAsync(DemoFacts.Actor);
        var posted = await author.PostAsJsonAsync($"/api/v1/actions/{actionId}/comments", new { body = $"Regardez ![carte]({pixel})" });
        posted.EnsureSuccessStatusCode();
        var commentId = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("commentId").GetGuid();

        var page = await FormPost.GetPageAsync(app.Anonymous(), CommentsWebApp.ActionPath(actionId) + $"?commentaire={commentId}");

        Assert.DoesNotContain(page.QuerySelectorAll("img"), img => img.GetAttribute("src") == pixel);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == pixel && a.TextContent == "Image : carte");
    }
}
