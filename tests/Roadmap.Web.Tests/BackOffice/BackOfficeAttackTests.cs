using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Standing;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.BackOffice;

/// <summary>
/// The back-office API under attack: the same write sent 100 times at once has one effect (the rest
/// 409 or the same idempotent answer, never 500), and hostile text (CR/LF, unicode, script, Markdown,
/// huge) is refused in French or stored verbatim and rendered encoded, never as a live script.
/// </summary>
public sealed class BackOfficeAttackTests(WebApp app) : IClassFixture<WebApp>
{
    private const int Times = 100;
    private const string Script = "<script>alert('pwned')</script>";
    private const string Hostile = "Ligne 1\r\nLigne 2 « été » 🚲 العربية " + Script + " **gras** [lien](javascript:alert(1))";

    [Fact]
    public async Task TheSameAxisSentAHundredTimesIsAddedOnce()
    {
        var client = await app.BearerAsync(DemoFacts.Administrator);
        var url = $"/api/v1/admin/roadmaps/{DemoFacts.Herault}/axes";

        var statuses = await HundredTimesAsync(() => client.PostAsJsonAsync(url, new { title = "Sobriété numérique", description = "", objectives = new[] { "Réemployer" } }));

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.All(statuses.Where(s => s != HttpStatusCode.Created), s => Assert.Equal(HttpStatusCode.Conflict, s));
        Assert.Equal(1, await app.WithDbAsync(db => db.Axes.CountAsync(a => a.Title == "Sobriété numérique")));
    }

    [Fact]
    public async Task TheSameRulesSentAHundredTimesAreSetOnce()
    {
        var client = await app.BearerAsync(DemoFacts.Administrator);
        var url = $"/api/v1/admin/roadmaps/{DemoFacts.Herault}/rules";

        var statuses = await HundredTimesAsync(() => client.PutAsJsonAsync(url,
            new { proposers = "AllRegistered", supportEligibility = "OfficialsAndActors", maxSupportsPerParticipant = 7, countsShownDuringPhase = true }));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(new VotingRules(SupportEligibility.OfficialsAndActors, 7, ProposalEligibility.AllRegistered, true),
            await app.WithDbAsync(db => db.Roadmaps.Where(r => r.Slug == DemoFacts.Herault).Select(r => r.VotingRules).SingleAsync()));
    }

    [Fact]
    public async Task TheSameStandingClaimSentAHundredTimesIsFiledOnce()
    {
        var person = await app.NewAccountAsync();
        var client = await app.BearerAsync(person.Email!, WebApp.Password);
        var organisationId = await app.WithDbAsync(db => db.Organisations.OrderBy(o => o.Name).Select(o => o.Id).FirstAsync());

        var statuses = await HundredTimesAsync(() => client.PostAsJsonAsync("/api/v1/me/standing-claims",
            new { roadmapSlug = DemoFacts.Sarthe, organisationId, role = "Actor", statement = "Je coordonne le tiers-lieu." }));

        Assert.Equal(1, statuses.Count(s => s is HttpStatusCode.Created or HttpStatusCode.OK));
        Assert.All(statuses.Where(s => s is not (HttpStatusCode.Created or HttpStatusCode.OK)), s => Assert.Equal(HttpStatusCode.Conflict, s));
        Assert.Equal(1, await app.WithDbAsync(db => db.StandingClaims.CountAsync(c => c.UserId == person.Id && c.Status == StandingStatus.Pending)));
    }

    [Fact]
    public async Task TheSameTeamRoleGrantedAHundredTimesMakesOneMember()
    {
        var person = await app.NewAccountAsync(displayName: "Dominique Centfois");
        var client = await app.BearerAsync(DemoFacts.Administrator);
        var url = $"/api/v1/admin/roadmaps/{DemoFacts.Herault}/team/{person.Id}";

        var statuses = await HundredTimesAsync(() => client.PutAsJsonAsync(url, new { role = "Facilitator" }));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.NoContent, s));
        Assert.Equal(1, await app.WithDbAsync(db => db.TeamMembers.CountAsync(m => m.UserId == person.Id)));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "team.granted" && e.Subject.Contains(person.DisplayName))));
    }

    [Fact]
    public async Task HostileAxisTextIsStoredVerbatimAndRenderedEncoded()
    {
        var client = await app.BearerAsync(DemoFacts.Administrator);

        var added = await client.PostAsJsonAsync($"/api/v1/admin/roadmaps/{DemoFacts.Herault}/axes",
            new { title = "Axe « piégé » 🚲 " + Script, description = Hostile, objectives = new[] { Hostile } });

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var id = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var stored = await app.WithDbAsync(db => db.Axes.Include(a => a.Objectives).SingleAsync(a => a.Id == id));
        Assert.Equal(Hostile, stored.Description);
        Assert.Equal(Hostile, Assert.Single(stored.Objectives).Text);
        await AssertRenderedEncodedAsync($"/feuilles-de-route/{DemoFacts.Herault}", "Axe « piégé » 🚲 " + Script);
    }

    [Fact]
    public async Task HostileRoadmapTextAndPhaseMessageAreStoredVerbatimAndThePageRendersThemEncoded()
    {
        var client = await app.BearerAsync(DemoFacts.Administrator);
        var roadmap = await app.WithDbAsync(db => db.Roadmaps.AsNoTracking().SingleAsync(r => r.Slug == DemoFacts.Sarthe));
        var summary = "Résumé 🚲 " + Script;

        var edited = await client.PutAsJsonAsync($"/api/v1/admin/roadmaps/{DemoFacts.Sarthe}",
            new { ownerOrganisationId = roadmap.OwnerOrganisationId, title = roadmap.Title, summary, description = Hostile });
        var advanced = await client.PostAsJsonAsync($"/api/v1/admin/roadmaps/{DemoFacts.Sarthe}/phases/advance",
            new { fromPhase = roadmap.CurrentPhase.ToString(), message = Hostile });

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.True(advanced.IsSuccessStatusCode, $"{advanced.StatusCode} {await advanced.Content.ReadAsStringAsync()}");
        var stored = await app.WithDbAsync(db => db.Roadmaps.AsNoTracking().SingleAsync(r => r.Slug == DemoFacts.Sarthe));
        Assert.Equal((summary, Hostile, Hostile), (stored.Summary, stored.Description, stored.PhaseMessage));
        await AssertRenderedEncodedAsync($"/feuilles-de-route/{DemoFacts.Sarthe}", "Ligne 2 « été » 🚲");
    }

    [Theory]
    [InlineData("axe", "Le titre de l'axe")]
    [InlineData("objectif", "L'objectif")]
    [InlineData("résumé", "Le résumé")]
    [InlineData("description", "La description")]
    [InlineData("message", "Le message ne doit pas dépasser")]
    public async Task HugeTextIsRefusedInFrenchAndChangesNothing(string field, string named)
    {
        var client = await app.BearerAsync(DemoFacts.Administrator);
        var roadmap = await app.WithDbAsync(db => db.Roadmaps.AsNoTracking().SingleAsync(r => r.Slug == DemoFacts.Herault));
        var huge = new string('e', 30_000);

        var response = field switch
        {
            "axe" => await client.PostAsJsonAsync($"/api/v1/admin/roadmaps/{DemoFacts.Herault}/axes", new { title = huge, objectives = Array.Empty<string>() }),
            "objectif" => await client.PostAsJsonAsync($"/api/v1/admin/roadmaps/{DemoFacts.Herault}/axes", new { title = "Axe démesuré", objectives = new[] { huge } }),
            "message" => await client.PostAsJsonAsync($"/api/v1/admin/roadmaps/{DemoFacts.Herault}/phases/advance", new { fromPhase = roadmap.CurrentPhase.ToString(), message = huge }),
            _ => await client.PutAsJsonAsync($"/api/v1/admin/roadmaps/{DemoFacts.Herault}", new
            {
                ownerOrganisationId = roadmap.OwnerOrganisationId,
                title = roadmap.Title,
                summary = field == "résumé" ? huge : roadmap.Summary,
                description = field == "description" ? huge : roadmap.Description,
            }),
        };

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await app.WithDbAsync(db => db.Roadmaps.AsNoTracking().Include(r => r.Axes).SingleAsync(r => r.Slug == DemoFacts.Herault));
        Assert.Equal((roadmap.Summary, roadmap.Description, roadmap.CurrentPhase), (after.Summary, after.Description, after.CurrentPhase));
        Assert.DoesNotContain(after.Axes, a => a.Title == "Axe démesuré");
    }

    [Fact]
    public async Task AMegabyteBodyIsRefusedBeforeAnythingIsRead()
    {
        var client = await app.BearerAsync(DemoFacts.Administrator);

        var response = await client.PostAsJsonAsync($"/api/v1/admin/roadmaps/{DemoFacts.Herault}/axes",
            new { title = "Axe énorme", description = new string('e', 1_000_000), objectives = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Axes.AnyAsync(a => a.Title == "Axe énorme")));
    }

    private static async Task<List<HttpStatusCode>> HundredTimesAsync(Func<Task<HttpResponseMessage>> send)
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, Times).Select(_ => send()));
        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.DoesNotContain(statuses, s => (int)s >= 500);
        return statuses;
    }

    private async Task AssertRenderedEncodedAsync(string url, string visibleText)
    {
        var response = await app.Anonymous().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormPost.ReadAsync(response);

        Assert.Contains(visibleText, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.Contains("pwned", StringComparison.Ordinal));
        Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
    }
}
