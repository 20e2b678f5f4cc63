using System.Net;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Actions;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.FollowUp;

/// <summary>The pilots and progress pages posted as a browser without JavaScript, and who is turned away.</summary>
public sealed class FollowUpPagesTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task AManagerFindsAddsAndRemovesAPilotFromThePage()
    {
        var action = await FollowUpSite.ActionAsync(app, 0);
        var manager = await FollowUpSite.ManagerAsync(app, action);
        var colleague = await FollowUpSite.ManagerAsync(app, action, "Zoé Candidate-Pilote");
        var colleagueId = await app.IdOfAsync(colleague);
        using var client = await app.SignedInAsync(manager, WebApp.Password);
        var path = $"{action.Page}/pilotes";

        var search = await FormPost.GetPageAsync(client, $"{path}?q=Candidate-Pilote");
        Assert.Equal("Pilotes de", search.QuerySelector("h1")!.TextContent[..10]);
        Assert.NotNull(search.QuerySelector($"input[name='Input.UserId'][value='{colleagueId}']"));

        var added = await FollowAsync(client, await FormPost.SubmitAsync(client, $"{path}?q=Candidate-Pilote", $"ajouter-pilote-{colleagueId:N}",
            new Dictionary<string, string> { ["Input.UserId"] = colleagueId.ToString() }));
        Assert.Contains("Le pilote est nommé", AccountTestSteps.Text(added, "[role=status]"), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Pilots.AnyAsync(p => p.ActionId == action.Id && p.UserId == colleagueId)));

        var removed = await FollowAsync(client, await FormPost.SubmitAsync(client, path, $"retirer-pilote-{colleagueId:N}",
            new Dictionary<string, string> { ["Input.UserId"] = colleagueId.ToString() }));
        Assert.Contains("Le pilote a été retiré.", AccountTestSteps.Text(removed, "[role=status]"), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Pilots.AnyAsync(p => p.ActionId == action.Id && p.UserId == colleagueId)));
    }

    [Fact]
    public async Task NamingSomeoneWhoMayNotPilotIsRefusedInFrenchOnThePage()
    {
        var action = await FollowUpSite.ActionAsync(app, 1);
        var manager = await FollowUpSite.ManagerAsync(app, action);
        var managerId = await app.IdOfAsync(manager);
        var outsider = await app.NewAccountAsync(displayName: "Octave Dehors");
        using var client = await app.SignedInAsync(manager, WebApp.Password);

        // The manager's own « Ajouter » button, its hidden value changed to someone the search would not list.
        var response = await FormPost.SubmitAsync(client, $"{action.Page}/pilotes?q=Morgane", $"ajouter-pilote-{managerId:N}",
            new Dictionary<string, string> { ["Input.UserId"] = outsider.Id.ToString() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormPost.ReadAsync(response);
        Assert.Contains("Octave Dehors", AccountTestSteps.Text(page, ".alert"), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Pilots.AnyAsync(p => p.UserId == outsider.Id)));
    }

    [Fact]
    public async Task APilotFlagsADifficultyAndSetsTheBudgetShownOnTheActionPage()
    {
        var action = await FollowUpSite.ActionAsync(app, 2);
        using var client = await app.SignedInAsync(await FollowUpSite.PilotAsync(app, action), WebApp.Password);
        var path = $"{action.Page}/avancement";

        var flagged = await FollowAsync(client, await FormPost.SubmitAsync(client, path, "difficulte", new Dictionary<string, string>
        {
            ["Difficulty.Difficulty"] = nameof(ActionDifficulty.Blocked),
            ["Difficulty.Explanation"] = "Le marché public est infructueux <script>alert(1)</script>",
        }));
        Assert.Contains("La modification est enregistrée", AccountTestSteps.Text(flagged, "[role=status]"), StringComparison.Ordinal);
        await FollowAsync(client, await FormPost.SubmitAsync(client, path, "budget", new Dictionary<string, string>
        {
            ["Budget.Rows[0].Year"] = "2026",
            ["Budget.Rows[0].Committed"] = "45 000",
            ["Budget.Rows[0].Spent"] = "12 500,50",
            ["Budget.Rows[1].Year"] = "",
        }));

        var page = await FormPost.GetPageAsync(client, action.Page);
        var followUp = AccountTestSteps.Text(page, "section.follow-up");
        Assert.Contains("En difficulté : bloquée depuis le", followUp, StringComparison.Ordinal);
        Assert.Contains("<script>", followUp, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("section.follow-up script"));
        Assert.Contains("Pierre Pilote", followUp, StringComparison.Ordinal);
        Assert.Equal(12_500.50m, (await BudgetAsync(action.Id)).Single().Spent);
        Assert.NotNull(page.QuerySelector($"a[href='{path}']"));
    }

    [Fact]
    public async Task AnUnreadableAmountIsRefusedInFrenchAndNothingIsSaved()
    {
        var action = await FollowUpSite.ActionAsync(app, 3);
        using var client = await app.SignedInAsync(await FollowUpSite.PilotAsync(app, action), WebApp.Password);
        var before = await BudgetAsync(action.Id);

        var response = await FormPost.SubmitAsync(client, $"{action.Page}/avancement", "budget", new Dictionary<string, string>
        {
            ["Budget.Rows[0].Year"] = "2026",
            ["Budget.Rows[0].Committed"] = "beaucoup",
            ["Budget.Rows[0].Spent"] = "0",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormPost.ReadAsync(response);
        Assert.Contains("montant engagé doit être un montant", AccountTestSteps.Text(page, ".field-error"), StringComparison.Ordinal);
        Assert.Equal(before, await BudgetAsync(action.Id));
    }

    [Theory]
    [InlineData("pilotes")]
    [InlineData("avancement")]
    public async Task ACitizenIsTurnedAwayAndAnonymousVisitorsAskedToSignIn(string page)
    {
        var action = await FollowUpSite.ActionAsync(app, 4);
        using var citizen = await app.SignedInAsync(DemoFacts.Citizen);
        using var anonymous = app.Anonymous();

        var refused = await citizen.GetAsync($"{action.Page}/{page}");
        var signIn = await anonymous.GetAsync($"{action.Page}/{page}");

        Assert.Equal(HttpStatusCode.Found, refused.StatusCode);
        Assert.StartsWith("/compte/acces-refuse", AccountTestSteps.Location(refused), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task TheFollowUpLinksShowToAManagerOnly()
    {
        var action = await FollowUpSite.ActionAsync(app, 4);
        using var manager = await app.SignedInAsync(await FollowUpSite.ManagerAsync(app, action), WebApp.Password);
        using var citizen = await app.SignedInAsync(DemoFacts.Citizen);

        var asManager = await FormPost.GetPageAsync(manager, action.Page);
        var asCitizen = await FormPost.GetPageAsync(citizen, action.Page);

        Assert.NotNull(asManager.QuerySelector($"a[href='{action.Page}/pilotes']"));
        Assert.NotNull(asManager.QuerySelector($"a[href='{action.Page}/points-d-etape/nouveau']"));
        Assert.Null(asCitizen.QuerySelector("#pilotage-titre"));
        Assert.NotNull(asCitizen.QuerySelector("#suivi-titre"));
    }

    private async Task<IReadOnlyList<ActionBudgetYear>> BudgetAsync(Guid actionId) =>
        (await app.WithDbAsync(db => db.Actions.AsNoTracking().SingleAsync(a => a.Id == actionId))).BudgetYears;

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await FormPost.GetPageAsync(client, response.Headers.Location!.OriginalString);
    }
}
