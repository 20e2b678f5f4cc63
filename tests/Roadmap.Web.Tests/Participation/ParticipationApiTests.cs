using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Roadmap.Application.Participation.GetSupportTally;
using Roadmap.Web.Tests.Support;
using static Roadmap.Web.Tests.Support.DemoFacts;
using static Roadmap.Web.Tests.Support.WebApp;

namespace Roadmap.Web.Tests.Participation;

/// <summary>
/// /api/v1/actions/{id}/support(s) and /endorsements on the demo data. A refusal that depends on
/// data (the roadmap's voting rules, a collectivity that already co-signed) is a 409; a role that may
/// never co-sign is a 403.
/// </summary>
public sealed class ParticipationApiTests(WebApp app) : IClassFixture<WebApp>
{
    private const string Citizen = "citoyen@demo.roadmap.local";
    private const string Elected = "elu@demo.roadmap.local";

    [Fact]
    public async Task SupportingAnswersWithTheTallyAndCountsOnce()
    {
        using var client = await app.BearerAsync(Citizen);
        var actionId = await FirstAsync(client, Sarthe, v => v.MaySupport);
        var before = await TallyAsync(client, actionId);

        var first = await client.PutAsync($"/api/v1/actions/{actionId}/support", null);
        var second = await client.PutAsync($"/api/v1/actions/{actionId}/support", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var tally = await ReadAsync<SupportTallyView>(second);
        Assert.Equal(before.Total + 1, tally.Total);
        Assert.True(tally.Viewer!.Supports);
    }

    [Fact]
    public async Task WithdrawingAnswersWithTheTallyWithoutTheSupport()
    {
        using var client = await app.BearerAsync(Citizen);
        var actionId = await FirstAsync(client, Sarthe, v => v.MaySupport);
        var before = await TallyAsync(client, actionId);
        await client.PutAsync($"/api/v1/actions/{actionId}/support", null);

        var response = await client.DeleteAsync($"/api/v1/actions/{actionId}/support");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tally = await ReadAsync<SupportTallyView>(response);
        Assert.Equal(before.Total, tally.Total);
        Assert.False(tally.Viewer!.Supports);
    }

    [Fact]
    public async Task SupportingNeedsToBeSignedIn()
    {
        using var client = app.Anonymous();
        var actionId = (await app.OpenActionsAsync(Sarthe))[0];

        var response = await client.PutAsync($"/api/v1/actions/{actionId}/support", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ACitizenIsRefusedWhereOnlyOfficialsAndActorsVote()
    {
        using var client = await app.BearerAsync(Citizen);
        var actionId = (await app.OpenActionsAsync(Herault))[0];

        var response = await client.PutAsync($"/api/v1/actions/{actionId}/support", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("seuls les élu·es et les acteurs du territoire", await DetailAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnElectedOfficialCoSignsOnceForTheirCommune()
    {
        using var client = await app.BearerAsync(Elected);
        var actionId = await FirstAsync(client, Sarthe, v => v.Endorsement is { MayEndorse: true });

        var first = await client.PostAsync($"/api/v1/actions/{actionId}/endorsements", null);
        var second = await client.PostAsync($"/api/v1/actions/{actionId}/endorsements", null);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("La Flèche", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("organisationName").GetString());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("Votre collectivité a déjà co-signé cette action.", await DetailAsync(second));
    }

    [Fact]
    public async Task AnElectedOfficialTakesTheCoSignatureBack()
    {
        using var client = await app.BearerAsync(Elected);
        var actionId = await FirstAsync(client, Sarthe, v => v.Endorsement is { MayEndorse: true });
        await client.PostAsync($"/api/v1/actions/{actionId}/endorsements", null);

        var response = await client.DeleteAsync($"/api/v1/actions/{actionId}/endorsements");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.DoesNotContain((await TallyAsync(client, actionId)).Endorsements, e => e.Name == "La Flèche");
    }

    [Fact]
    public async Task ACitizenMayNotCoSign()
    {
        using var client = await app.BearerAsync(Citizen);
        var actionId = (await app.OpenActionsAsync(Sarthe))[0];

        var response = await client.PostAsync($"/api/v1/actions/{actionId}/endorsements", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnyoneReadsTheTallyByRoleAndOrganisation()
    {
        using var client = app.Anonymous();
        var actionId = (await app.OpenActionsAsync(Sarthe))[0];

        var tally = await TallyAsync(client, actionId);

        Assert.Equal(4, tally.ByRole!.Count);
        Assert.Equal(tally.Total, tally.ByRole!.Sum(r => r.Count));
        Assert.Equal(tally.Total, tally.ByOrganisation!.Sum(o => o.Count));
        Assert.Null(tally.Viewer);
    }

    [Fact]
    public async Task TheTallyOfAnUnknownActionIsNotFound()
    {
        using var client = app.Anonymous();

        var response = await client.GetAsync($"/api/v1/actions/{Guid.NewGuid()}/supports");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<SupportTallyView> TallyAsync(HttpClient client, Guid actionId) =>
        (await client.GetFromJsonAsync<SupportTallyView>($"/api/v1/actions/{actionId}/supports", Json))!;

    /// <summary>The first open action where the caller's options match (tests of a class share one database).</summary>
    private async Task<Guid> FirstAsync(HttpClient client, string slug, Func<ViewerParticipation, bool> matches)
    {
        foreach (var id in await app.OpenActionsAsync(slug))
        {
            if ((await TallyAsync(client, id)).Viewer is { } viewer && matches(viewer))
            {
                return id;
            }
        }

        throw new InvalidOperationException("No demo action fits this test.");
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(Json))!;

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
}
