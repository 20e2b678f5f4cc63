using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.FollowUp;

/// <summary>The follow-up routes: pilots named by a manager (idempotent PUT), reports by a pilot, refusals as French problems.</summary>
public sealed class FollowUpApiTests(WebApp app) : IClassFixture<WebApp>
{
    private static string Route(Guid actionId, string what) => $"/api/v1/actions/{actionId}/{what}";

    [Fact]
    public async Task AManagerNamesPilotsTwiceAndTheyAreReadOnce()
    {
        var action = await FollowUpSite.ActionAsync(app, 5);
        var manager = await FollowUpSite.ManagerAsync(app, action);
        var managerId = await app.IdOfAsync(manager);
        using var client = await app.BearerAsync(manager, WebApp.Password);

        var first = await client.PutAsJsonAsync(Route(action.Id, "pilots"), new { userIds = new[] { managerId } });
        var second = await client.PutAsJsonAsync(Route(action.Id, "pilots"), new { userIds = new[] { managerId, managerId } });
        var pilots = await app.Anonymous().GetFromJsonAsync<JsonElement>(Route(action.Id, "pilots"));

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, second.StatusCode);
        Assert.Equal(managerId, Assert.Single(pilots.EnumerateArray()).GetProperty("userId").GetGuid());
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "action.pilots" && e.ActorId == managerId)));
    }

    [Fact]
    public async Task OthersMayNotNamePilots()
    {
        var action = await FollowUpSite.ActionAsync(app, 5);
        using var citizen = await app.BearerAsync(DemoFacts.Citizen);
        using var facilitator = await app.BearerAsync(DemoFacts.Facilitator);
        using var anonymous = app.Anonymous();
        var body = new { userIds = Array.Empty<Guid>() };

        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.PutAsJsonAsync(Route(action.Id, "pilots"), body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.PutAsJsonAsync(Route(action.Id, "pilots"), body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsJsonAsync(Route(action.Id, "pilots"), body)).StatusCode);
    }

    [Fact]
    public async Task APilotReportsAndReadsTheFollowUp()
    {
        var action = await FollowUpSite.ActionAsync(app, 6);
        using var client = await app.BearerAsync(await FollowUpSite.PilotAsync(app, action), WebApp.Password);

        var difficulty = await client.PutAsJsonAsync(Route(action.Id, "difficulty"), new { difficulty = "Late", explanation = "Recrutement décalé à l'automne." });
        var progress = await client.PutAsJsonAsync(Route(action.Id, "progress"), new { rule = "SetByPilots", percent = 35, reason = "Premières permanences." });
        var budget = await client.PutAsJsonAsync(Route(action.Id, "budget-years"), new { years = new[] { new { year = 2026, committed = 10_000m, spent = 2_500.5m } } });
        var followUp = await client.GetFromJsonAsync<JsonElement>(Route(action.Id, "follow-up"));

        Assert.Equal(HttpStatusCode.NoContent, difficulty.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, progress.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, budget.StatusCode);
        Assert.Equal("Late", followUp.GetProperty("difficulty").GetString());
        Assert.Equal(35, followUp.GetProperty("progressPercent").GetInt32());
        Assert.Equal(2_500.5m, followUp.GetProperty("budgetYears")[0].GetProperty("spent").GetDecimal());
    }

    [Fact]
    public async Task BadInputIsAFrenchProblemAndChangesNothing()
    {
        var action = await FollowUpSite.ActionAsync(app, 7);
        using var client = await app.BearerAsync(await FollowUpSite.PilotAsync(app, action), WebApp.Password);
        var before = await app.WithDbAsync(db => db.Actions.AsNoTracking().SingleAsync(a => a.Id == action.Id));

        var noExplanation = await client.PutAsJsonAsync(Route(action.Id, "difficulty"), new { difficulty = "Blocked", explanation = " \r\n " });
        var huge = await client.PutAsJsonAsync(Route(action.Id, "difficulty"), new { difficulty = "Blocked", explanation = new string('é', 2_001) });
        var noRule = await client.PutAsJsonAsync(Route(action.Id, "progress"), new { percent = 10 });
        var twice = await client.PutAsJsonAsync(Route(action.Id, "budget-years"), new { years = new[] { new { year = 2026, committed = 1, spent = 1 }, new { year = 2026, committed = 2, spent = 2 } } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, noExplanation.StatusCode);
        Assert.Contains("Expliquez", await noExplanation.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, huge.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noRule.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("Chaque année", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var saved = await app.WithDbAsync(db => db.Actions.AsNoTracking().SingleAsync(a => a.Id == action.Id));
        Assert.Equal(before.Difficulty, saved.Difficulty);
        Assert.Equal(before.DifficultyExplanation, saved.DifficultyExplanation);
        Assert.Equal(before.BudgetYears, saved.BudgetYears);
    }
}
