using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Roadmap.Application.Domain.Participation;
using Roadmap.Web.Tests.Participation;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Limits;

/// <summary>An 8 MB comment was once read and parsed before being refused: bodies are now cut at the limit.</summary>
public sealed class RequestBodyLimitsTests(WebApp app) : IClassFixture<WebApp>
{
    private const string Citizen = "citoyen@demo.roadmap.local";
    private static readonly string EightMegabytes = new('a', 8 * 1024 * 1024);

    [Fact]
    public async Task RefusesAnEightMegabyteCommentWithAFrenchProblem()
    {
        using var client = await app.BearerAsync(Citizen);
        var actionId = (await app.OpenActionsAsync(DemoFacts.Sarthe))[0];
        using var json = new StringContent(JsonSerializer.Serialize(new { body = EightMegabytes, alignment = "Pour" }), Encoding.UTF8, "application/json");

        var response = await client.PostAsync($"/api/v1/actions/{actionId}/comments", json);

        await AssertTooLargeProblemAsync(response);
    }

    [Fact]
    public async Task RefusesAnEightMegabyteCommentStreamedWithoutALength()
    {
        using var client = await app.BearerAsync(Citizen);
        var actionId = (await app.OpenActionsAsync(DemoFacts.Sarthe))[0];

        var response = await client.PostAsync($"/api/v1/actions/{actionId}/comments", JsonContent.Create(new { body = EightMegabytes, alignment = "Pour" }));

        await AssertTooLargeProblemAsync(response);
    }

    [Fact]
    public async Task RefusesAnEightMegabytePageFormWithAFrenchPage()
    {
        using var client = app.Anonymous();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = EightMegabytes });

        var response = await client.PostAsync("/compte/connexion", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("dépasse la taille permise", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptsTheLongestCommentEvenInAccentedLetters()
    {
        using var client = await app.BearerAsync(Citizen);
        var actionId = (await app.OpenActionsAsync(DemoFacts.Sarthe))[0];

        var response = await client.PostAsJsonAsync($"/api/v1/actions/{actionId}/comments", new { body = new string('é', Comment.BodyMaxLength), alignment = "Pour" });

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
    }

    private static async Task AssertTooLargeProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("Ce que vous envoyez dépasse la taille permise", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
