using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Comments;

/// <summary>
/// A thread's page is read once for every reader of an audience and kept (decision 039): what each reader may do with
/// a comment, and what they gave it, stays theirs. Readers take turns on one page, twice, so each page is built on the
/// answer kept for the reader before.
/// </summary>
public sealed class CommentReadersTests(CommentsWebApp app) : IClassFixture<CommentsWebApp>
{
    /// <summary>The controls a reader sees under one comment; <see cref="Pressed"/> is null without a « Utile » button.</summary>
    private sealed record Controls(bool Edit, bool Delete, bool Report, string? Pressed);

    private static readonly Controls Own = new(Edit: true, Delete: true, Report: false, Pressed: null);
    private static readonly Controls Upvoted = new(Edit: false, Delete: false, Report: true, Pressed: "true");
    private static readonly Controls Other = new(Edit: false, Delete: false, Report: true, Pressed: "false");

    [Fact]
    public async Task EachReaderSeesTheirOwnCommentsAndUpvotesOnly()
    {
        var actionId = await app.FreshActionAsync();
        var path = CommentsWebApp.ActionPath(actionId);
        var citizens = await PostByApiAsync(DemoFacts.Citizen, actionId, $"Un tiers-lieu par canton {Guid.NewGuid():N}");
        var actors = await PostByApiAsync(DemoFacts.Actor, actionId, $"Avec les médiathèques {Guid.NewGuid():N}");
        using var citizen = await app.SignedInAsync(DemoFacts.Citizen);
        using var actor = await app.SignedInAsync(DemoFacts.Actor);
        using var moderator = await app.SignedInAsync(DemoFacts.Administrator);
        await FormPost.SubmitAsync(citizen, path, "utile", new Dictionary<string, string> { ["utile"] = actors.ToString() });

        var seen = new List<(string Reader, Controls OnCitizens, Controls OnActors)>();
        for (var round = 0; round < 2; round++)
        {
            foreach (var (reader, client) in new[] { ("citoyen", citizen), ("acteur", actor), ("modération", moderator) })
            {
                var page = await FormPost.GetPageAsync(client, path);
                seen.Add((reader, ControlsOn(page, citizens), ControlsOn(page, actors)));
            }
        }

        var expected = new[] { ("citoyen", Own, Upvoted), ("acteur", Other, Own), ("modération", Other, Other) };
        Assert.Equal([.. expected, .. expected], seen);
    }

    private static Controls ControlsOn(IDocument page, Guid commentId)
    {
        var item = page.GetElementById($"commentaire-{commentId}")!;
        bool Opens(string form) => item.QuerySelector($"a[href*='?{form}={commentId}#']") is not null;
        return new Controls(Opens("modifier"), Opens("supprimer"), Opens("signaler"),
            item.QuerySelector("button[form=utile]")?.GetAttribute("aria-pressed"));
    }

    private async Task<Guid> PostByApiAsync(string email, Guid actionId, string body)
    {
        using var client = await app.BearerAsync(email);
        var response = await client.PostAsJsonAsync($"/api/v1/actions/{actionId}/comments", new { body, alignment = "neutre" });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("commentId").GetGuid();
    }
}
