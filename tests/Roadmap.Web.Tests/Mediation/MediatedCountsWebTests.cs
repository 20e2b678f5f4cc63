using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Components.Pages.Roadmaps;
using Roadmap.Web.Tests.Comments;
using Roadmap.Web.Tests.OpenData;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Mediation;

/// <summary>
/// A mediated support is counted apart wherever a count is served: the API, the pages and the open data give the online
/// and the mediated count side by side, never their sum, and neither while the roadmap hides its counts.
/// </summary>
public sealed class MediatedCountsWebTests(CommentsWebApp app) : IClassFixture<CommentsWebApp>
{
    private const string Resident = "Zéphyrine";

    [Fact]
    public async Task AnOnlineAndAMediatedSupportAreOneAndOneNotTwo()
    {
        await ShowCountsAsync(true);
        var actionId = await SupportTwiceAsync();
        using var client = app.Anonymous();

        var action = await client.GetFromJsonAsync<JsonElement>($"/api/v1/actions/{actionId}");
        var tally = await client.GetFromJsonAsync<JsonElement>($"/api/v1/actions/{actionId}/supports");
        var roadmap = (await client.GetFromJsonAsync<JsonElement>("/api/v1/roadmaps")).EnumerateArray().Single(r => r.GetProperty("slug").GetString() == DemoFacts.Sarthe);
        var row = (await DatasetReader.ReadAsync(client, OpenDataScene.Files(DemoFacts.Sarthe), "actions")).CsvRow(actionId.ToString())!;
        var fields = await DatasetReader.SchemaAsync(client, OpenDataScene.Files(DemoFacts.Sarthe), "actions");

        Assert.Equal((1, 1), (action.GetProperty("supportCount").GetInt32(), action.GetProperty("mediatedSupportCount").GetInt32()));
        Assert.Equal((1, 1), (tally.GetProperty("total").GetInt32(), tally.GetProperty("mediatedSupportCount").GetInt32()));
        Assert.True(roadmap.GetProperty("mediatedSupportCount").GetInt32() >= 1);
        Assert.Equal(("1", "1"), (row[Index(fields, "soutiens")], row[Index(fields, "soutiens_recueillis")]));
        Assert.Contains("1 soutien recueilli par des médiateur·rices", await SearchPageAsync(client, action), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HiddenCountsHideTheMediatedCountAndItsSupportRowsToo()
    {
        await ShowCountsAsync(false);
        var actionId = await SupportTwiceAsync();
        using var client = app.Anonymous();

        var action = await client.GetFromJsonAsync<JsonElement>($"/api/v1/actions/{actionId}");
        var row = (await DatasetReader.ReadAsync(client, OpenDataScene.Files(DemoFacts.Sarthe), "actions")).CsvRow(actionId.ToString())!;
        var fields = await DatasetReader.SchemaAsync(client, OpenDataScene.Files(DemoFacts.Sarthe), "actions");
        var contributions = await DatasetReader.ReadAsync(client, OpenDataScene.Files(DemoFacts.Sarthe), "contributions-recueillies");

        Assert.Equal(JsonValueKind.Null, action.GetProperty("mediatedSupportCount").ValueKind);
        Assert.Equal(("", ""), (row[Index(fields, "soutiens")], row[Index(fields, "soutiens_recueillis")]));
        Assert.DoesNotContain(contributions.CsvRows, r => r[1] == "soutien");
        Assert.DoesNotContain("recueilli par des médiateur·rices", await SearchPageAsync(client, action), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheContributionsFilesNeverNameTheResident()
    {
        await ShowCountsAsync(true);
        await SupportTwiceAsync();
        using var client = app.Anonymous();

        var contributions = await DatasetReader.ReadAsync(client, OpenDataScene.Files(DemoFacts.Sarthe), "contributions-recueillies");
        var csv = await client.GetStringAsync($"{OpenDataScene.Files(DemoFacts.Sarthe)}/contributions-recueillies.csv");
        var json = await client.GetStringAsync($"{OpenDataScene.Files(DemoFacts.Sarthe)}/contributions-recueillies.json");

        Assert.Contains(contributions.CsvRows, r => r[1] == "soutien");
        Assert.DoesNotContain(Resident, csv, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Resident, json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain($"{Resident} Q.", csv + json, StringComparison.Ordinal);
        Assert.DoesNotContain(contributions.CsvRows.SelectMany(r => r), c => c == "Q");
    }

    /// <summary>The search page listing the action, found by its title.</summary>
    private static Task<string> SearchPageAsync(HttpClient client, JsonElement action) =>
        client.GetStringAsync(new SearchPageQuery(Q: action.GetProperty("title").GetString()).Href(DemoFacts.Sarthe, 1));

    private static int Index(IReadOnlyList<DatasetReader.SchemaField> fields, string name) => fields.Select(f => f.Name).ToList().IndexOf(name);

    private Task<int> ShowCountsAsync(bool shown) => app.WithDbAsync(async db =>
    {
        var roadmap = await db.Roadmaps.SingleAsync(r => r.Slug == DemoFacts.Sarthe);
        roadmap.ChangeVotingRules(roadmap.VotingRules with { CountsShownDuringPhase = shown });
        return await db.SaveChangesAsync();
    });

    /// <summary>A fresh action open for support, its demo supports removed, supported once online and once by a mediator for a resident.</summary>
    private async Task<Guid> SupportTwiceAsync()
    {
        var actionId = await app.FreshActionAsync();
        while (await app.WithDbAsync(db => db.Actions.Where(a => a.Id == actionId).Select(a => a.Status).SingleAsync())
            is not (ActionStatus.Proposed or ActionStatus.UnderReview or ActionStatus.Retained))
        {
            actionId = await app.FreshActionAsync();
        }

        await app.WithDbAsync(async db =>
        {
            db.Supports.RemoveRange(await db.Supports.Where(s => s.ActionId == actionId).ToListAsync());
            return await db.SaveChangesAsync();
        });
        var supporter = await app.NewAccountAsync(RoleNames.Citizen, RoadmapWebFactory.DemoPassword, "Habitante connectée");
        using var citizen = await app.BearerAsync(supporter.Email!);
        Assert.Equal(HttpStatusCode.OK, (await citizen.PutAsync($"/api/v1/actions/{actionId}/support", null)).StatusCode);
        await MediationWebSteps.RecordAsync(app, actionId, "Support", Resident, "Q");
        return actionId;
    }
}
