using System.Net;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Limits;

/// <summary>Password spraying, form floods and join-code guessing on the pages, with the real default limits.</summary>
public sealed class PageRateLimitsTests(RealLimitsWebApp app) : IClassFixture<RealLimitsWebApp>
{
    [Fact]
    public async Task FailedSignInsFromOneAddressAreRefusedAfterTen()
    {
        using var visitor = app.NewVisitor();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 15 && refused is null; i++)
        {
            var response = await AccountTestSteps.SignInAsync(visitor, WebApp.NewEmail(), "Mauvais-mot-de-passe-42");
            statuses.Add(response.StatusCode);
            refused = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.Equal(11, statuses.Count);
        Assert.NotNull(refused!.Headers.RetryAfter);
        Assert.Contains("Trop de requêtes en peu de temps", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherAddressMaySignInWhileOneIsHeldBack()
    {
        using var sprayer = app.NewVisitor();
        for (var i = 0; i < 11; i++)
        {
            await AccountTestSteps.SignInAsync(sprayer, WebApp.NewEmail(), "Mauvais-mot-de-passe-42");
        }

        using var neighbour = app.NewVisitor();
        var response = await AccountTestSteps.SignInAsync(neighbour, WebApp.NewEmail(), "Mauvais-mot-de-passe-42");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PageFormPostsPastThirtyAMinuteAreRefused()
    {
        using var visitor = app.NewVisitor();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 70; i++)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "inconnu" });
            statuses.Add((await visitor.PostAsync("/", form)).StatusCode);
        }

        Assert.Equal(30, statuses.FindIndex(s => s == HttpStatusCode.TooManyRequests));
        Assert.All(statuses.Skip(30), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
    }

    [Fact]
    public async Task GuessingJoinCodesIsRefusedAfterTwentyWrongCodes()
    {
        using var visitor = app.NewVisitor();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 25; i++)
        {
            statuses.Add((await visitor.GetAsync($"/rejoindre?code={JoinCodes.New()}")).StatusCode);
        }

        Assert.All(statuses.Take(20), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.All(statuses.Skip(20), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
    }

    [Fact]
    public async Task ARoomLinkTellsNothingOnceTheAddressIsHeldBack()
    {
        using var visitor = app.NewVisitor();
        for (var i = 0; i < 20; i++)
        {
            await visitor.GetAsync($"/rejoindre/{JoinCodes.New()}");
        }

        var response = await visitor.GetAsync($"/rejoindre/{JoinCodes.New()}");
        var page = await visitor.GetAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Contains("Trop de codes d&#x27;atelier erronés", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
