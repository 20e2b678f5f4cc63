using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Infrastructure.Seeding;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.BackOffice;

/// <summary>
/// Issue 10's « through the API alone »: on an empty Production instance, from the account that
/// create-admin makes to a running concertation with an approved élu's proposal, every back-office
/// step is one call to /api/v1. People's accounts are made as registration makes them (the API does
/// not register accounts: people sign up on the site).
/// </summary>
public sealed class FreshInstanceApiJourneyTests : IDisposable
{
    private const string AdminEmail = "dgs@sarthe.example.fr";
    private const string AdminPassword = "Premier-Admin-2026!";
    private const string Slug = "numerique-sarthe-2030";

    private readonly RoadmapWebFactory _factory = new() { Environment = "Production" };

    [Fact]
    public async Task AnEmptyInstanceRunsAConcertationThroughTheApiAlone()
    {
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<AdminAccountCreator>().CreateAsync(AdminEmail, AdminPassword, promote: false);
            Assert.Equal(AdminAccountOutcome.Created, created.Outcome);
        }

        var admin = await BearerAsync(AdminEmail, AdminPassword);
        Assert.Equal("[]", await admin.GetStringAsync("/api/v1/roadmaps"));

        var import = await ReadAsync(await admin.PostAsync("/api/v1/admin/territories/72/import", null), HttpStatusCode.OK);
        Assert.Equal(352, import.GetProperty("communes").GetProperty("created").GetInt32());
        Assert.Equal(566_733, import.GetProperty("population").GetInt32());

        var sarthe = await FindOrganisationAsync(admin, "Département de la Sarthe", "Departement");
        var roadmap = await ReadAsync(await admin.PostAsJsonAsync("/api/v1/admin/roadmaps", new
        {
            ownerOrganisationId = sarthe,
            title = "Feuille de route du numérique 2026-2030",
            slug = Slug,
            summary = "Co-construire les usages numériques de la Sarthe.",
            description = "La **concertation** est ouverte à toutes et tous.",
        }), HttpStatusCode.Created);
        Assert.Equal("Diagnostic", roadmap.GetProperty("phase").GetString());
        Assert.Contains($"\"slug\":\"{Slug}\"", await admin.GetStringAsync("/api/v1/roadmaps"));

        var phases = new[] { "Diagnostic", "Concertation", "Ateliers", "Arbitrage", "Adoptee", "MiseEnOeuvre" }
            .Select((phase, i) => new { phase, startsOn = new DateOnly(2027, 1, 1).AddMonths(2 * i), endsOn = (DateOnly?)new DateOnly(2027, 1, 1).AddMonths(2 * i + 2).AddDays(-1) })
            .ToList();
        var scheduled = await ReadAsync(await admin.PutAsJsonAsync($"/api/v1/admin/roadmaps/{Slug}/phases", new { phases, advancesAutomatically = false }), HttpStatusCode.OK);
        Assert.Equal(6, scheduled.GetProperty("phases").GetArrayLength());

        var axes = new List<Guid>();
        foreach (var title in new[] { "Accès au numérique", "Inclusion numérique", "Services publics en ligne" })
        {
            var axis = await ReadAsync(await admin.PostAsJsonAsync($"/api/v1/admin/roadmaps/{Slug}/axes", new { title, description = "", objectives = new[] { "Un premier objectif" } }), HttpStatusCode.Created);
            axes.Add(axis.GetProperty("id").GetGuid());
        }

        var facilitator = await WebApp.NewAccountAsync(_factory, displayName: "Camille Animatrice");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/v1/admin/roadmaps/{Slug}/team/{facilitator.Id}", new { role = "Facilitator" })).StatusCode);

        var advanced = await ReadAsync(await admin.PostAsJsonAsync($"/api/v1/admin/roadmaps/{Slug}/phases/advance", new { fromPhase = "Diagnostic", message = "La concertation est ouverte jusqu'au 30 avril." }), HttpStatusCode.OK);
        Assert.Equal("Concertation", advanced.GetProperty("phase").GetString());

        var electedOfficial = await WebApp.NewAccountAsync(_factory, displayName: "Dominique Élue");
        var elected = await BearerAsync(electedOfficial.Email!, WebApp.Password);
        var beforeStanding = await elected.PostAsJsonAsync($"/api/v1/roadmaps/{Slug}/actions", Proposal(axes[0]));
        Assert.Equal(HttpStatusCode.Forbidden, beforeStanding.StatusCode);

        var leMans = await FindOrganisationAsync(admin, "Le Mans", "Commune");
        var claim = await ReadAsync(await elected.PostAsJsonAsync("/api/v1/me/standing-claims", new
        {
            roadmapSlug = Slug,
            organisationId = leMans,
            role = "ElectedOfficial",
            statement = "Adjointe au maire du Mans, déléguée au numérique.",
        }), HttpStatusCode.Created);
        var pending = await admin.GetStringAsync("/api/v1/admin/standing-claims?status=Pending");
        Assert.Contains(claim.GetProperty("id").GetGuid().ToString(), pending);
        await ReadAsync(await admin.PostAsJsonAsync($"/api/v1/admin/standing-claims/{claim.GetProperty("id").GetGuid()}/decision", new { approve = true }), HttpStatusCode.OK);

        // The approval renews the person's security stamp: a new sign-in carries the new role.
        elected = await BearerAsync(electedOfficial.Email!, WebApp.Password);
        var proposed = await ReadAsync(await elected.PostAsJsonAsync($"/api/v1/roadmaps/{Slug}/actions", Proposal(axes[0])), HttpStatusCode.Created);
        var action = await ReadAsync(await elected.GetAsync($"/api/v1/actions/{proposed.GetProperty("id").GetGuid()}"), HttpStatusCode.OK);
        Assert.Equal("Un tiers-lieu numérique par intercommunalité", action.GetProperty("title").GetString());

        var journal = await admin.GetStringAsync($"/api/v1/admin/audit");
        foreach (var expected in new[] { "Sarthe", "Accès au numérique", "Camille Animatrice", "Dominique Élue" })
        {
            Assert.Contains(expected, journal, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _factory.Dispose();

    private static object Proposal(Guid axisId) => new
    {
        axisId,
        title = "Un tiers-lieu numérique par intercommunalité",
        summary = "Des lieux d'accompagnement au plus près des habitants.",
        description = "Ouvrir un tiers-lieu **dans chaque EPCI** d'ici 2028.",
        submissionKey = Guid.NewGuid(),
    };

    private HttpClient Client() => _factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri(RoadmapWebFactory.PublicUrl) });

    private async Task<HttpClient> BearerAsync(string email, string password)
    {
        var login = await ReadAsync(await Client().PostAsJsonAsync("/api/v1/auth/login", new { email, password }), HttpStatusCode.OK);
        var client = Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        return client;
    }

    private static async Task<Guid> FindOrganisationAsync(HttpClient admin, string name, string kind)
    {
        var page = await ReadAsync(await admin.GetAsync($"/api/v1/organisations?q={Uri.EscapeDataString(name)}&kind={kind}"), HttpStatusCode.OK);
        return page.GetProperty("items").EnumerateArray().Single(o => o.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} au lieu de {(int)expected} : {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
