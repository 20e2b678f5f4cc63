using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Account;

/// <summary>
/// The security stamp is checked once a minute (docs/decisions/009-session-lifetime.md), and the validator, which
/// brings the sign-in manager and the user store with it, is built only when a check is due (the stamp check's clock is
/// moved forward; the validators built are counted).
/// </summary>
public sealed class SessionStampCheckTests : IDisposable
{
    private readonly MovableClock _clock = new();
    private readonly RoadmapWebFactory _root = new();
    private readonly WebApplicationFactory<Program> _app;
    private int _validatorsBuilt;

    public SessionStampCheckTests() =>
        _app = _root.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.Configure<SecurityStampValidatorOptions>(o => o.TimeProvider = _clock);
            services.AddScoped<ISecurityStampValidator>(provider =>
            {
                Interlocked.Increment(ref _validatorsBuilt);
                return ActivatorUtilities.CreateInstance<SecurityStampValidator<ApplicationUser>>(provider);
            });
        }));

    [Fact]
    public async Task ARevokedSessionEndsAtTheNextCheckAndNoValidatorIsBuiltBefore()
    {
        using var browser = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var email = (await WebApp.NewAccountAsync(_app, role: null)).Email!;
        await AccountTestSteps.SignInAsync(browser, email, WebApp.Password);
        await RevokeSessionsAsync(email);
        var builtBefore = Volatile.Read(ref _validatorsBuilt);

        var withinTheMinute = (await browser.GetAsync("/compte")).StatusCode;
        var builtWithinTheMinute = Volatile.Read(ref _validatorsBuilt) - builtBefore;
        _clock.Offset += TimeSpan.FromMinutes(2);
        var afterTheCheck = await browser.GetAsync("/compte");

        Assert.Equal((HttpStatusCode.OK, 0), (withinTheMinute, builtWithinTheMinute));
        Assert.StartsWith("/compte/connexion", AccountTestSteps.Location(afterTheCheck), StringComparison.Ordinal);
        Assert.Equal(1, Volatile.Read(ref _validatorsBuilt) - builtBefore);
    }

    public void Dispose()
    {
        _app.Dispose();
        _root.Dispose();
    }

    private async Task RevokeSessionsAsync(string email)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        await users.UpdateSecurityStampAsync((await users.FindByEmailAsync(email))!);
    }

    private sealed class MovableClock : TimeProvider
    {
        public TimeSpan Offset { get; set; }

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
    }
}
