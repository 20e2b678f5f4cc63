using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.FollowUp;

public sealed class IndicatorValueApiTests(ValuesWebApp app) : IClassFixture<ValuesWebApp>
{
    [Fact]
    public async Task APilotRecordsAValueThatAnyoneReads()
    {
        var (_, _, indicatorId, pilot) = await app.FollowedAsync();
        var client = await app.BearerAsync(pilot, WebApp.Password);

        using var recorded = await client.PostAsJsonAsync($"/api/v1/indicators/{indicatorId}/values", new { measuredOn = "2025-06-30", value = 42.5, source = "Bilan", comment = "" });

        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var values = await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/indicators/{indicatorId}/values");
        Assert.Contains(values.GetProperty("values").EnumerateArray(), v => v.GetProperty("measuredOn").GetString() == "2025-06-30" && v.GetProperty("value").GetDecimal() == 42.5m);
    }

    [Fact]
    public async Task TheSameDateTwiceIsAFrenchConflict()
    {
        var (_, _, indicatorId, pilot) = await app.FollowedAsync();
        var client = await app.BearerAsync(pilot, WebApp.Password);
        var body = new { measuredOn = "2025-05-31", value = 10 };
        (await client.PostAsJsonAsync($"/api/v1/indicators/{indicatorId}/values", body)).EnsureSuccessStatusCode();

        using var again = await client.PostAsJsonAsync($"/api/v1/indicators/{indicatorId}/values", body);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("Une valeur existe déjà pour le 31 mai 2025 : corrigez-la.", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData(RoleNames.Citizen, HttpStatusCode.Forbidden)]
    [InlineData(RoleNames.Facilitator, HttpStatusCode.Forbidden)]
    [InlineData(RoleNames.Administrator, HttpStatusCode.Created)]
    public async Task OnlyPilotsAndManagersRecord(string role, HttpStatusCode expected)
    {
        var (_, _, indicatorId, _) = await app.FollowedAsync();
        var account = await app.NewAccountAsync(role);
        var client = await app.BearerAsync(account.Email!, WebApp.Password);

        using var response = await client.PostAsJsonAsync($"/api/v1/indicators/{indicatorId}/values", new { measuredOn = $"2024-0{Array.IndexOf([RoleNames.Citizen, RoleNames.Facilitator, RoleNames.Administrator], role) + 1}-15", value = 1 });

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task AnAnonymousWriteIsRefused()
    {
        var (_, _, indicatorId, _) = await app.FollowedAsync();

        using var response = await app.Anonymous().PostAsJsonAsync($"/api/v1/indicators/{indicatorId}/values", new { measuredOn = "2025-01-01", value = 1 });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ACorrectionWithoutReasonIsRefusedBesideTheField()
    {
        var (_, _, indicatorId, pilot) = await app.FollowedAsync();
        var client = await app.BearerAsync(pilot, WebApp.Password);
        var created = await (await client.PostAsJsonAsync($"/api/v1/indicators/{indicatorId}/values", new { measuredOn = "2025-04-30", value = 5 })).Content.ReadFromJsonAsync<JsonElement>();
        var valueId = created.GetProperty("id").GetGuid();

        using var refused = await client.PutAsJsonAsync($"/api/v1/indicator-values/{valueId}", new { measuredOn = "2025-04-30", value = 6, reason = " " });
        using var corrected = await client.PutAsJsonAsync($"/api/v1/indicator-values/{valueId}", new { measuredOn = "2025-04-30", value = 6, reason = "Erreur de saisie" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("Indiquez le motif de la correction.", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("reason")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
    }

    [Fact]
    public async Task AnImportWithABadLineListsItAndSavesNothing()
    {
        var (slug, _, indicatorId, pilot) = await app.FollowedAsync();
        var client = await app.BearerAsync(pilot, WebApp.Password);
        var csv = $"indicateur;date;valeur\n{indicatorId};2023-01-31;\"1 234,5\"\n{indicatorId};31/02/2023;12\n";

        using var preview = await client.PostAsync($"/api/v1/roadmaps/{slug}/indicator-values/import?dryRun=true", new StringContent(csv, Encoding.UTF8, "text/csv"));
        using var refused = await client.PostAsync($"/api/v1/roadmaps/{slug}/indicator-values/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(1, (await preview.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lines").GetArrayLength());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("Ligne 3 : la date « 31/02/2023 » n'existe pas.", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("content")[0].GetString());
        var values = await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/indicators/{indicatorId}/values");
        Assert.DoesNotContain(values.GetProperty("values").EnumerateArray(), v => v.GetProperty("measuredOn").GetString() == "2023-01-31");
    }

    [Fact]
    public async Task AGoodImportRecordsEveryLine()
    {
        var (slug, _, indicatorId, pilot) = await app.FollowedAsync();
        var client = await app.BearerAsync(pilot, WebApp.Password);

        using var imported = await client.PostAsync($"/api/v1/roadmaps/{slug}/indicator-values/import",
            new StringContent($"\uFEFFindicateur,date,valeur\n{indicatorId},2022-01-31,1\n{indicatorId},2022-02-28,2\n", Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(2, (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task AThirtyMegabyteFileIsRefusedInFrench()
    {
        var (slug, _, _, pilot) = await app.FollowedAsync();
        var client = await app.BearerAsync(pilot, WebApp.Password);

        using var refused = await client.PostAsync($"/api/v1/roadmaps/{slug}/indicator-values/import", new ByteArrayContent(new byte[30 * 1024 * 1024]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Contains("dépasse la taille permise (5 Mo)", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }
}
