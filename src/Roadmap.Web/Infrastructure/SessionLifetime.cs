using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Roadmap.Web.Infrastructure;

/// <summary>
/// How long a sign-in lasts and how soon a revoked one stops working (docs/decisions/009-session-lifetime.md):
/// the security stamp is checked every minute for cookies and bearer tokens; a cookie dies after an
/// hour without use and twelve hours in all, or fourteen days without use and thirty in all when the
/// person ticked « Se souvenir de moi »; an access token lasts ten minutes, a refresh token fourteen days.
/// </summary>
internal static class SessionLifetime
{
    public static readonly TimeSpan StampCheckInterval = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan Inactivity = TimeSpan.FromHours(1);
    public static readonly TimeSpan Absolute = TimeSpan.FromHours(12);
    public static readonly TimeSpan RememberedInactivity = TimeSpan.FromDays(14);
    public static readonly TimeSpan RememberedAbsolute = TimeSpan.FromDays(30);
    public static readonly TimeSpan AccessToken = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan RefreshToken = TimeSpan.FromDays(14);

    // When the person typed their password, kept across the cookie's renewals.
    private const string SignedInAt = "roadmap:signed-in-at";

    public static IServiceCollection AddSessionLifetime(this IServiceCollection services)
    {
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = StampCheckInterval);
        services.ConfigureApplicationCookie(o =>
        {
            o.ExpireTimeSpan = Inactivity;
            o.SlidingExpiration = true;
            o.Events.OnSigningIn = SigningInAsync;
            o.Events.OnValidatePrincipal = ValidateAsync;
        });
        services.Configure<BearerTokenOptions>(IdentityConstants.BearerScheme, o =>
        {
            o.BearerTokenExpiration = AccessToken;
            o.RefreshTokenExpiration = RefreshToken;
        });
        services.AddBearerStampCheck();
        return services;
    }

    private static Task SigningInAsync(CookieSigningInContext context)
    {
        var properties = context.Properties;
        var issued = properties.IssuedUtc ?? (context.Options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        properties.Items.TryAdd(SignedInAt, issued.ToString("O", CultureInfo.InvariantCulture));
        if (properties.IsPersistent)
        {
            // Sliding renewals keep the span between issue and expiry: fourteen days here, an hour otherwise.
            properties.ExpiresUtc = issued + RememberedInactivity;
        }

        return Task.CompletedTask;
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var properties = context.Properties;
        if (properties.Items.TryGetValue(SignedInAt, out var value)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedIn)
            && (context.Options.TimeProvider ?? TimeProvider.System).GetUtcNow() - signedIn > (properties.IsPersistent ? RememberedAbsolute : Absolute))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        if (StampCheckDue(context))
        {
            await SecurityStampValidator.ValidatePrincipalAsync(context);
        }
    }

    // The validator asks the same question, but only once built, with the sign-in manager, the user manager and the
    // user store it needs for the check: on every signed-in request, for a check due once a minute (issue 14).
    private static bool StampCheckDue(CookieValidatePrincipalContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        return context.Properties.IssuedUtc is not { } issued
            || (options.TimeProvider ?? TimeProvider.System).GetUtcNow() - issued > options.ValidationInterval;
    }
}
