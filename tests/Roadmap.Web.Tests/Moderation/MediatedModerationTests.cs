using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Comments;
using Roadmap.Web.Tests.Mediation;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Moderation;

/// <summary>/moderation lists the comments mediators recorded, each with a hide form (reason required) and a restore form, without JavaScript.</summary>
public sealed class MediatedModerationTests(CommentsWebApp app) : IClassFixture<CommentsWebApp>
{
    private async Task<Guid> MediatedCommentAsync() =>
        await MediationWebSteps.RecordAsync(app, await app.FreshActionAsync(), "Comment", "Zéphyrine", "Q", $"Voix {Guid.NewGuid():N}");

    private Task<(bool Hidden, string Reason)> StateAsync(Guid id) =>
        app.WithDbAsync(db => db.MediatedContributions.Where(c => c.Id == id).Select(c => new ValueTuple<bool, string>(c.HiddenAt != null, c.HiddenReason)).SingleAsync());

    [Fact]
    public async Task AFacilitatorSeesTheRecordedTextWithItsForms()
    {
        var id = await MediatedCommentAsync();
        using var client = await app.SignedInAsync(DemoFacts.Facilitator);

        var card = (await FormPost.GetPageAsync(client, "/moderation")).GetElementById($"voix-{id}");

        Assert.NotNull(card);
        Assert.Contains("Zéphyrine Q.", card.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, card.QuerySelectorAll("form[method=post]").Length);
        Assert.NotNull(card.QuerySelector($"label[for=motif-{id}]"));
    }

    [Fact]
    public async Task HidingNeedsAReasonThenHidesIt()
    {
        var id = await MediatedCommentAsync();
        using var client = await app.SignedInAsync(DemoFacts.Facilitator);
        var handler = $"[voix-{id}]masquer";

        var refused = await FormPost.SubmitAsync(client, "/moderation", handler, new Dictionary<string, string> { ["Hide.Reason"] = "" });
        var hidden = await FormPost.SubmitAsync(client, "/moderation", handler, new Dictionary<string, string> { ["Hide.Reason"] = "Nom d'un voisin cité" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Indiquez le motif du masquage", (await FormPost.ReadAsync(refused)).GetElementById($"motif-{id}-erreur")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/moderation?message=voix-masquee", AccountTestSteps.Location(hidden));
        Assert.Equal((true, "Nom d'un voisin cité"), await StateAsync(id));
    }

    [Fact]
    public async Task RestoringShowsItAgain()
    {
        var id = await MediatedCommentAsync();
        using var client = await app.SignedInAsync(DemoFacts.Administrator);
        await FormPost.SubmitAsync(client, "/moderation", $"[voix-{id}]masquer", new Dictionary<string, string> { ["Hide.Reason"] = "Doublon" });

        var response = await FormPost.SubmitAsync(client, "/moderation", $"[voix-{id}]retablir", new Dictionary<string, string>());

        Assert.Equal("/moderation?message=voix-retablie", AccountTestSteps.Location(response));
        Assert.Equal((false, ""), await StateAsync(id));
    }

    [Fact]
    public async Task TheApiRefusesACitizen()
    {
        var id = await MediatedCommentAsync();
        using var client = await app.BearerAsync(DemoFacts.Citizen);

        var response = await client.PostAsJsonAsync($"/api/v1/moderation/mediated-contributions/{id}", new { decision = "hide", reason = "Non" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal((false, ""), await StateAsync(id));
    }
}
