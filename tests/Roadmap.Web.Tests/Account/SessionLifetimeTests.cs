using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Account;

/// <summary>The lifetimes of docs/decisions/009-session-lifetime.md, as the app is configured outside tests.</summary>
public sealed class SessionLifetimeTests(AccountWebApp app) : IClassFixture<AccountWebApp>
{
    [Fact]
    public void SecurityStampIsCheckedEveryMinute()
    {
        // AccountWebApp checks at every request: read the app as it runs in production.
        using var factory = new RoadmapWebFactory();

        Assert.Equal(TimeSpan.FromMinutes(1), factory.Services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval);
    }

    [Fact]
    public void CookieExpiresAfterAnHourWithoutUse()
    {
        var cookie = app.App.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);

        Assert.Equal(TimeSpan.FromHours(1), cookie.ExpireTimeSpan);
        Assert.True(cookie.SlidingExpiration);
    }

    [Fact]
    public void AccessTokensLastTenMinutesAndRefreshTokensFourteenDays()
    {
        var bearer = app.App.Services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme);

        Assert.Equal(TimeSpan.FromMinutes(10), bearer.BearerTokenExpiration);
        Assert.Equal(TimeSpan.FromDays(14), bearer.RefreshTokenExpiration);
    }

    [Fact]
    public async Task RememberedSignInKeepsTheCookieFourteenDays()
    {
        var email = (await app.NewAccountAsync()).Email!;
        using var client = app.Anonymous();

        var response = await FormPost.SubmitAsync(client, "/compte/connexion", "connexion", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = WebApp.Password,
            ["Input.RememberMe"] = "true",
        });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("roadmap.auth=", StringComparison.Ordinal));
        var expires = DateTimeOffset.Parse(cookie.Split("expires=")[1].Split(';')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromDays(13.9), TimeSpan.FromDays(14));
    }

    [Fact]
    public async Task OrdinarySignInCookieEndsWithTheBrowser()
    {
        var email = (await app.NewAccountAsync()).Email!;
        using var client = app.Anonymous();

        var response = await AccountTestSteps.SignInAsync(client, email, WebApp.Password);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("roadmap.auth=", StringComparison.Ordinal));
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
