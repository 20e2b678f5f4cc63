using System.Net;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Account;

/// <summary>A session kept alive by use still ends twelve hours after the password was typed (the cookie's clock is moved forward).</summary>
public sealed class SessionAbsoluteLifetimeTests : IDisposable
{
    private readonly MovableClock _clock = new();
    private readonly RoadmapWebFactory _root = new();
    private readonly WebApplicationFactory<Program> _app;

    public SessionAbsoluteLifetimeTests() =>
        _app = _root.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o => o.TimeProvider = _clock)));

    [Fact]
    public async Task SessionKeptAliveEndsTwelveHoursAfterSignIn()
    {
        using var browser = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var email = (await WebApp.NewAccountAsync(_app, role: null)).Email!;
        await AccountTestSteps.SignInAsync(browser, email, WebApp.Password);
        var answers = new List<HttpStatusCode>();
        for (var step = 1; step <= 15; step++)
        {
            // Fifty minutes between requests: within the hour of inactivity, so the cookie slides each time.
            _clock.Offset += TimeSpan.FromMinutes(50);
            answers.Add((await browser.GetAsync("/compte")).StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 14), HttpStatusCode.Found], answers);
    }

    public void Dispose()
    {
        _app.Dispose();
        _root.Dispose();
    }

    private sealed class MovableClock : TimeProvider
    {
        public TimeSpan Offset { get; set; }

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
    }
}
