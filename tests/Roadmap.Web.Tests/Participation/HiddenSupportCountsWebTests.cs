using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Components.Pages.Actions;
using Roadmap.Web.Components.Shared;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Actions;
using Roadmap.Web.Tests.Support;
using static Roadmap.Web.Tests.Support.DemoFacts;

namespace Roadmap.Web.Tests.Participation;

/// <summary>
/// Support counts hidden during the phase, through every door: pages, API, search order, tally. The Hérault
/// roadmap (in Ateliers, supports collected) hides its counts in every test of this class.
/// </summary>
public sealed partial class HiddenSupportCountsWebTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task ThePublicPagesShowANoticeInsteadOfAnyCount()
    {
        var (actionId, _) = await HideHeraultCountsAsync();
        using var client = app.Anonymous();

        var roadmap = await FormPost.GetPageAsync(client, $"/feuilles-de-route/{Herault}");
        Assert.Contains("Les soutiens sont masqués jusqu'à la fin de la phase de soutien", roadmap.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(roadmap.QuerySelectorAll(".action-card"));
        Assert.All(roadmap.QuerySelectorAll(".action-card .counts-inline span:first-child"), span => Assert.Equal(SupportCount.HiddenNotice, span.TextContent.Trim()));
        Assert.DoesNotMatch(Counted(), roadmap.QuerySelector("main")!.TextContent);

        var action = await FormPost.GetPageAsync(client, $"/feuilles-de-route/{Herault}/actions/{actionId}");
        Assert.Equal(SupportCount.HiddenNotice, action.QuerySelector("ul.counts li")!.TextContent.Trim());
        Assert.Contains(SupportTally.HiddenNotice, action.QuerySelector(".support-panel")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(action.QuerySelectorAll("table.tally"));

        foreach (var search in new[] { "", "?tri=supports" })
        {
            var list = await FormPost.GetPageAsync(client, $"/feuilles-de-route/{Herault}/actions{search}");
            Assert.Empty(list.QuerySelectorAll("select[name=tri] option[value=supports]"));
            Assert.Equal("newest", list.QuerySelector("select[name=tri] option[selected]")!.GetAttribute("value"));
            Assert.NotNull(list.QuerySelector("#recherche-tri-aide"));
            Assert.All(list.QuerySelectorAll(".action-card .counts-inline span:first-child"), span => Assert.Equal(SupportCount.HiddenNotice, span.TextContent.Trim()));
        }

        var home = await FormPost.GetPageAsync(client, "/");
        var card = home.QuerySelectorAll("li.card").Single(c => c.QuerySelector($"a[href='/feuilles-de-route/{Herault}']") is not null);
        Assert.Contains(card.QuerySelectorAll("ul.counts li"), li => li.TextContent.Trim() == SupportCount.HiddenNotice);
        Assert.DoesNotMatch(Counted(), card.TextContent);
    }

    [Theory]
    [InlineData(Facilitator)]
    [InlineData(Administrator)]
    public async Task TheTeamStillSeesTheCountsOnThePages(string email)
    {
        var (actionId, count) = await HideHeraultCountsAsync();
        using var client = await app.SignedInAsync(email);

        var action = await FormPost.GetPageAsync(client, $"/feuilles-de-route/{Herault}/actions/{actionId}");

        Assert.Equal($"{count} {(count > 1 ? "soutiens" : "soutien")}", action.QuerySelector("ul.counts li")!.TextContent.Trim());
        Assert.NotEmpty(action.QuerySelectorAll("table.tally"));
        var list = await FormPost.GetPageAsync(client, $"/feuilles-de-route/{Herault}/actions");
        Assert.Equal("supports", list.QuerySelector("select[name=tri] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task TheRoadmapPagesCardsAreWrittenForEachAudience()
    {
        await HideHeraultCountsAsync();
        using var citizen = await app.SignedInAsync(Citizen);
        using var team = await app.SignedInAsync(Facilitator);

        // Alternating readers: the cards written once for one audience's read are never served to the other.
        for (var round = 0; round < 2; round++)
        {
            var publicCounts = (await FormPost.GetPageAsync(citizen, $"/feuilles-de-route/{Herault}")).QuerySelectorAll(".action-card .counts-inline span:first-child");
            var teamCounts = (await FormPost.GetPageAsync(team, $"/feuilles-de-route/{Herault}")).QuerySelectorAll(".action-card .counts-inline span:first-child");

            Assert.NotEmpty(publicCounts);
            Assert.All(publicCounts, span => Assert.Equal(SupportCount.HiddenNotice, span.TextContent.Trim()));
            Assert.NotEmpty(teamCounts);
            Assert.All(teamCounts, span => Assert.Matches(Counted(), span.TextContent));
        }
    }

    [Fact]
    public async Task AManagerOfAnotherRoadmapIsThePublicHere()
    {
        var (actionId, _) = await HideHeraultCountsAsync();
        var manager = await TeamMemberAsync(Sarthe, TeamRole.Manager);
        using var client = await app.SignedInAsync(manager, WebApp.Password);

        var action = await FormPost.GetPageAsync(client, $"/feuilles-de-route/{Herault}/actions/{actionId}");

        Assert.Equal(SupportCount.HiddenNotice, action.QuerySelector("ul.counts li")!.TextContent.Trim());
    }

    public static TheoryData<string, bool> ApiCallers => new()
    {
        { "anonyme", false },
        { "citoyen", false },
        { "gestionnaire d'une autre feuille de route", false },
        { "animateur de l'équipe", true },
        { "animateur global", true },
        { "administrateur", true },
    };

    [Theory]
    [MemberData(nameof(ApiCallers))]
    public async Task TheApiAnswersNullCountsToThePublicAndKeepsTheOrderBySupportsForTheTeam(string caller, bool sees)
    {
        var (actionId, count) = await HideHeraultCountsAsync();
        using var client = await ApiClientAsync(caller);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/roadmaps");
        var summary = list.EnumerateArray().Single(r => r.GetProperty("slug").GetString() == Herault);
        Assert.Equal(sees, summary.GetProperty("supportCount").ValueKind == JsonValueKind.Number);

        var roadmap = await client.GetFromJsonAsync<JsonElement>($"/api/v1/roadmaps/{Herault}");
        Assert.Equal(!sees, roadmap.GetProperty("supportCountsHidden").GetBoolean());
        var cards = roadmap.GetProperty("axes").EnumerateArray().SelectMany(a => a.GetProperty("actions").EnumerateArray()).ToList();
        Assert.NotEmpty(cards);
        Assert.All(cards, c => Assert.Equal(sees, c.GetProperty("supportCount").ValueKind == JsonValueKind.Number));

        var action = await client.GetFromJsonAsync<JsonElement>($"/api/v1/actions/{actionId}");
        Assert.Equal(sees ? count : null, Nullable(action.GetProperty("supportCount")));

        var bySupports = await client.GetFromJsonAsync<JsonElement>($"/api/v1/roadmaps/{Herault}/actions?sort=supports&pageSize=100");
        var newest = await client.GetFromJsonAsync<JsonElement>($"/api/v1/roadmaps/{Herault}/actions?sort=newest&pageSize=100");
        Assert.Equal(sees ? "supports" : "newest", bySupports.GetProperty("sort").GetString());
        Assert.All(bySupports.GetProperty("items").EnumerateArray(), i => Assert.Equal(sees, i.GetProperty("supportCount").ValueKind == JsonValueKind.Number));
        if (!sees)
        {
            // Asking for the order by supports tells nothing: it is the order of the newest.
            Assert.Equal(Ids(newest), Ids(bySupports));
        }

        var tally = await client.GetFromJsonAsync<JsonElement>($"/api/v1/actions/{actionId}/supports");
        Assert.Equal(!sees, tally.GetProperty("countsHidden").GetBoolean());
        Assert.Equal(sees ? count : null, Nullable(tally.GetProperty("total")));
        Assert.Equal(sees, tally.GetProperty("byRole").ValueKind == JsonValueKind.Array);
        Assert.Equal(sees, tally.GetProperty("byOrganisation").ValueKind == JsonValueKind.Array);
    }

    [Fact]
    public async Task ASupporterWhoSupportsThroughTheApiIsToldSoWithoutTheCount()
    {
        await HideHeraultCountsAsync();
        var actor = await app.NewAccountAsync(RoleNames.Actor);
        using var client = await app.BearerAsync(actor.Email!, WebApp.Password);
        var actionId = (await app.OpenActionsAsync(Herault))[0];

        var response = await client.PutAsync($"/api/v1/actions/{actionId}/support", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tally = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(tally.GetProperty("viewer").GetProperty("supports").GetBoolean());
        Assert.Equal(JsonValueKind.Null, tally.GetProperty("total").ValueKind);
        Assert.True(tally.GetProperty("countsHidden").GetBoolean());
    }

    [Fact]
    public async Task TheOpenApiDocumentSaysTheCountsMayBeNull()
    {
        using var client = app.Anonymous();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var schemas = document.GetProperty("components").GetProperty("schemas");
        foreach (var schema in new[] { "ActionCard", "ActionDetails", "ActionSearchItem", "RoadmapSummary" })
        {
            Assert.Contains("null", schemas.GetProperty(schema).GetProperty("properties").GetProperty("supportCount").GetRawText(), StringComparison.Ordinal);
        }

        Assert.Contains("null", schemas.GetProperty("SupportTallyView").GetProperty("properties").GetProperty("total").GetRawText(), StringComparison.Ordinal);
        Assert.Contains("SupportCount vaut null", document.GetProperty("paths").GetProperty("/api/v1/roadmaps/{slug}").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRulesPageHidesTheCountsWithTheBoxUntickedAndShowsThemAgainTicked()
    {
        using var client = await app.SignedInAsync(Administrator);
        var path = $"/feuilles-de-route/{Sarthe}/regles";
        await SetSartheCountsShownAsync(true);
        Assert.True((await FormPost.GetPageAsync(client, path)).QuerySelector("#decomptes")!.HasAttribute("checked"));
        var journal = await RulesEntriesAsync();

        var unticked = await SubmitRulesAsync(client, path, ticked: false);

        Assert.Equal(HttpStatusCode.OK, unticked.StatusCode);
        var page = await FormPost.ReadAsync(unticked);
        Assert.Equal("Les règles de participation sont enregistrées.", page.QuerySelector(".alert-success")!.TextContent);
        Assert.False(page.QuerySelector("#decomptes")!.HasAttribute("checked"));
        Assert.False(await CountsShownAsync(Sarthe));
        var entry = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "rules.changed").OrderByDescending(e => e.At).FirstAsync());
        Assert.Equal(journal + 1, await RulesEntriesAsync());
        Assert.Contains("\"countsShownDuringPhase\":false", entry.After, StringComparison.Ordinal);
        using (var visitor = app.Anonymous())
        {
            Assert.NotEmpty((await FormPost.GetPageAsync(visitor, $"/feuilles-de-route/{Sarthe}")).QuerySelectorAll(".notice"));
        }

        var ticked = await SubmitRulesAsync(client, path, ticked: true);

        Assert.Equal(HttpStatusCode.OK, ticked.StatusCode);
        Assert.True((await FormPost.ReadAsync(ticked)).QuerySelector("#decomptes")!.HasAttribute("checked"));
        Assert.True(await CountsShownAsync(Sarthe));
    }

    [Fact]
    public async Task TheCheckboxHasItsLabelAndHint()
    {
        using var client = await app.SignedInAsync(Administrator);

        var page = await FormPost.GetPageAsync(client, $"/feuilles-de-route/{Sarthe}/regles");

        var box = page.QuerySelector("input[type=checkbox]#decomptes")!;
        Assert.Equal("Afficher le nombre de soutiens pendant la phase", page.QuerySelector("label[for=decomptes]")!.TextContent);
        Assert.Equal("decomptes-aide", box.GetAttribute("aria-describedby"));
        Assert.Contains("contre l'effet d'entraînement", page.QuerySelector("#decomptes-aide")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Hides Hérault's counts (idempotent) and returns its most supported visible action with its count.</summary>
    private async Task<(Guid ActionId, int Count)> HideHeraultCountsAsync()
    {
        await app.WithDbAsync(async db =>
        {
            var roadmap = await db.Roadmaps.SingleAsync(r => r.Slug == Herault);
            roadmap.ChangeVotingRules(roadmap.VotingRules with { CountsShownDuringPhase = false });
            return await db.SaveChangesAsync();
        });
        var action = await app.WithDbAsync(db => db.Actions
            .Where(a => a.RoadmapId == db.Roadmaps.Single(r => r.Slug == Herault).Id && a.HiddenAt == null)
            .OrderByDescending(a => a.SupportCount).Select(a => new { a.Id, a.SupportCount }).FirstAsync());
        Assert.True(action.SupportCount > 0, "The demo's Hérault roadmap has a supported action.");
        return (action.Id, action.SupportCount);
    }

    private Task<int> SetSartheCountsShownAsync(bool shown) => app.WithDbAsync(async db =>
    {
        var roadmap = await db.Roadmaps.SingleAsync(r => r.Slug == Sarthe);
        roadmap.ChangeVotingRules(roadmap.VotingRules with { CountsShownDuringPhase = shown });
        return await db.SaveChangesAsync();
    });

    private Task<bool> CountsShownAsync(string slug) =>
        app.WithDbAsync(db => db.Roadmaps.Where(r => r.Slug == slug).Select(r => r.VotingRules.CountsShownDuringPhase).SingleAsync());

    private Task<int> RulesEntriesAsync() => app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "rules.changed"));

    /// <summary>The rules form as a browser sends it, the box ticked or not (an unticked box sends nothing).</summary>
    private static async Task<HttpResponseMessage> SubmitRulesAsync(HttpClient client, string path, bool ticked)
    {
        var page = await FormPost.GetPageAsync(client, path);
        var form = page.QuerySelectorAll("form").Single(f => f.QuerySelector("input[name=_handler][value=regles]") is not null);
        var values = BrowserForm.Values(form).Where(v => v.Key != "Input.CountsShownDuringPhase").ToList();
        if (ticked)
        {
            values.Add(new("Input.CountsShownDuringPhase", "true"));
        }

        return await client.PostAsync(path, new FormUrlEncodedContent(values));
    }

    private async Task<string> TeamMemberAsync(string slug, TeamRole role)
    {
        var account = await app.NewAccountAsync(RoleNames.Citizen);
        await app.WithDbAsync(async db =>
        {
            var roadmapId = await db.Roadmaps.Where(r => r.Slug == slug).Select(r => r.Id).SingleAsync();
            db.TeamMembers.Add(RoadmapTeamMember.Grant(roadmapId, account.Id, role, account.Id, DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });
        return account.Email!;
    }

    private async Task<HttpClient> ApiClientAsync(string caller) => caller switch
    {
        "anonyme" => app.Anonymous(),
        "citoyen" => await app.BearerAsync(Citizen),
        "gestionnaire d'une autre feuille de route" => await app.BearerAsync(await TeamMemberAsync(Sarthe, TeamRole.Manager), WebApp.Password),
        "animateur de l'équipe" => await app.BearerAsync(await TeamMemberAsync(Herault, TeamRole.Facilitator), WebApp.Password),
        "animateur global" => await app.BearerAsync(Facilitator),
        _ => await app.BearerAsync(Administrator),
    };

    private static int? Nullable(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetInt32();

    private static List<Guid> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

    /// <summary>A number of supports written out (« 3 soutiens »).</summary>
    [GeneratedRegex(@"\d+\s+soutiens?\b")]
    private static partial Regex Counted();
}
