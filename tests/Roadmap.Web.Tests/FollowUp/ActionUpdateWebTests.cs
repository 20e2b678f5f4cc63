using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Actions;
using Roadmap.Web.Tests.Comments;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.FollowUp;

/// <summary>Points d'étape through the pages (without JavaScript) and the API, on a retained Sarthe action with its own pilot.</summary>
public sealed class ActionUpdateWebTests(CommentsWebApp app) : IClassFixture<CommentsWebApp>
{
    private static readonly string Today = DateTime.UtcNow.ToString("yyyy-MM-dd");

    private static string NewPath(Guid actionId) => $"{CommentsWebApp.ActionPath(actionId)}/points-d-etape/nouveau";

    /// <summary>A fresh Sarthe action still under way (retained if it was not yet), and the e-mail of a new account named its pilot.</summary>
    private async Task<(Guid ActionId, string PilotEmail)> PilotedActionAsync()
    {
        var pilot = await app.NewAccountAsync(displayName: "Pilote Test");
        while (true)
        {
            var actionId = await app.FreshActionAsync();
            var ready = await app.WithDbAsync(async db =>
            {
                var action = await db.Actions.SingleAsync(a => a.Id == actionId);
                if (action.Status is ActionStatus.Proposed or ActionStatus.UnderReview)
                {
                    action.Retain(pilot.Id, "Retenue pour le test", DateTimeOffset.UtcNow);
                }

                // A « Réalisée » action takes no progress below 100 %: which one comes next depends on the tests run before.
                if (!action.IsFollowedUp || action.ProgressRule != ProgressRule.SetByPilots || action.Status == ActionStatus.Done)
                {
                    return false;
                }

                db.Pilots.Add(ActionPilot.Name(action.Id, pilot.Id, pilot.Id, DateTimeOffset.UtcNow));
                await db.SaveChangesAsync();
                return true;
            });
            if (ready)
            {
                return (actionId, pilot.Email!);
            }
        }
    }

    private static Dictionary<string, string> Fields(string title, string body = "Les **premières** permanences ont ouvert.", string progress = "") => new()
    {
        ["Input.Title"] = title,
        ["Input.Body"] = body,
        ["Input.OccurredOn"] = Today,
        ["Input.NewProgress"] = progress,
    };

    [Fact]
    public async Task APilotPostsFromThePageAndTheActionPageShowsIt()
    {
        var (actionId, pilot) = await PilotedActionAsync();
        using var client = await app.SignedInAsync(pilot, WebApp.Password);
        var title = $"Comité de pilotage {Guid.NewGuid():N}";

        var response = await BrowserForm.SubmitAsync(client, NewPath(actionId), "point-d-etape", Fields(title, progress: "35"));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches($"{CommentsWebApp.ActionPath(actionId)}/points-d-etape/[0-9a-f-]{{36}}$", location);
        var page = await FormPost.GetPageAsync(client, location);
        Assert.Equal(title, AccountTestSteps.Text(page, "h1"));
        Assert.Equal("premières", AccountTestSteps.Text(page, ".prose strong"));
        Assert.Contains("35 %", page.QuerySelector("article")!.TextContent, StringComparison.Ordinal);

        var actionPage = await FormPost.GetPageAsync(client, CommentsWebApp.ActionPath(actionId));
        Assert.Contains(title, AccountTestSteps.Text(actionPage, ".action-updates"), StringComparison.Ordinal);
        Assert.Contains($"Point d'étape : {title}", AccountTestSteps.Text(actionPage, ".history"), StringComparison.Ordinal);
        Assert.NotNull(actionPage.QuerySelector($"a[href='{NewPath(actionId)}']"));
    }

    [Fact]
    public async Task ASecondSubmitOfTheSameFormPostsNothingMore()
    {
        var (actionId, pilot) = await PilotedActionAsync();
        using var client = await app.SignedInAsync(pilot, WebApp.Password);
        var page = await FormPost.GetPageAsync(client, NewPath(actionId));
        var form = page.QuerySelectorAll("form").Single(f => f.QuerySelector("input[name=_handler][value='point-d-etape']") is not null);
        var changes = Fields("Double clic");
        var values = BrowserForm.Values(form).Where(v => !changes.ContainsKey(v.Key)).Concat(changes).ToList();

        var first = await client.PostAsync(NewPath(actionId), new FormUrlEncodedContent(values));
        var second = await client.PostAsync(NewPath(actionId), new FormUrlEncodedContent(values));

        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await app.WithDbAsync(db => db.Updates.CountAsync(u => u.ActionId == actionId)));
    }

    [Fact]
    public async Task AnEmptyTitleAndAnUnreadablePercentAreRefusedNextToTheirFields()
    {
        var (actionId, pilot) = await PilotedActionAsync();
        using var client = await app.SignedInAsync(pilot, WebApp.Password);

        var response = await BrowserForm.SubmitAsync(client, NewPath(actionId), "point-d-etape", Fields("", progress: "beaucoup"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormPost.ReadAsync(response);
        Assert.Contains("entier", AccountTestSteps.Text(page, "#avancement-erreur"), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Updates.CountAsync(u => u.ActionId == actionId)));

        response = await BrowserForm.SubmitAsync(client, NewPath(actionId), "point-d-etape", Fields("", progress: "10"));
        page = await FormPost.ReadAsync(response);
        Assert.Equal("Le titre est obligatoire.", AccountTestSteps.Text(page, "#titre-erreur"));
        Assert.Contains("titre-erreur", page.QuerySelector("#titre")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OthersSeeNoFormAndAnonymousVisitorsAreSentToSignIn()
    {
        var (actionId, _) = await PilotedActionAsync();
        using var citizen = await app.SignedInAsync(DemoFacts.Citizen);
        using var anonymous = app.Anonymous();

        var page = await FormPost.GetPageAsync(citizen, NewPath(actionId));
        var redirected = await anonymous.GetAsync(NewPath(actionId));

        Assert.Null(page.QuerySelector("textarea"));
        Assert.Contains("Seuls les pilotes", AccountTestSteps.Text(page, "[role=status]"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, redirected.StatusCode);
        Assert.Contains("/compte/connexion", redirected.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACommentOnThePointDEtapePageStaysOffTheActionThread()
    {
        var (actionId, pilot) = await PilotedActionAsync();
        using var bearer = await app.BearerAsync(pilot, WebApp.Password);
        var posted = await (await bearer.PostAsJsonAsync($"/api/v1/actions/{actionId}/updates", new { title = "Bilan", body = "Texte", occurredOn = Today }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var updatePath = posted.GetProperty("link").GetString()!;
        using var citizen = await app.SignedInAsync(DemoFacts.Citizen);
        var body = $"Et les communes rurales ? {Guid.NewGuid():N}";

        var response = await FormPost.SubmitAsync(citizen, updatePath, "commentaire", new Dictionary<string, string> { ["Input.Body"] = body, ["Input.Alignment"] = "Neutral" });

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Contains($"{updatePath}?message=publie", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains(body, (await FormPost.GetPageAsync(citizen, updatePath)).QuerySelector(".comment-section")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(body, (await FormPost.GetPageAsync(citizen, CommentsWebApp.ActionPath(actionId))).QuerySelector(".comment-section")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApiPostsForPilotsOnlyAndListsAndTellsTheLineage()
    {
        var (actionId, pilot) = await PilotedActionAsync();
        using var pilotClient = await app.BearerAsync(pilot, WebApp.Password);
        using var citizen = await app.BearerAsync(DemoFacts.Citizen);
        using var anonymous = app.Anonymous();
        var url = $"/api/v1/actions/{actionId}/updates";
        var update = new { title = "Ouverture", body = "<script>alert(1)</script>Ouvert", occurredOn = Today, newStatus = "InProgress", newProgress = 50, submissionKey = Guid.NewGuid() };

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync(url, update)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.PostAsJsonAsync(url, update)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await pilotClient.PostAsJsonAsync(url, update with { title = "" })).StatusCode);
        var created = await pilotClient.PostAsJsonAsync(url, update);
        var again = await pilotClient.PostAsJsonAsync(url, update);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var list = await anonymous.GetFromJsonAsync<JsonElement>(url);
        var listed = Assert.Single(list.GetProperty("updates").EnumerateArray());
        Assert.EndsWith("Ouvert", listed.GetProperty("excerpt").GetString(), StringComparison.Ordinal);
        var id = listed.GetProperty("id").GetGuid();
        var details = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/action-updates/{id}");
        Assert.DoesNotContain("<script", details.GetProperty("bodyHtml").GetString(), StringComparison.OrdinalIgnoreCase);
        var lineage = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/actions/{actionId}/lineage");
        Assert.Contains(lineage.GetProperty("events").EnumerateArray(), e => e.GetProperty("kind").GetString() == "UpdatePosted");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/actions/{Guid.NewGuid()}/lineage")).StatusCode);
    }
}
