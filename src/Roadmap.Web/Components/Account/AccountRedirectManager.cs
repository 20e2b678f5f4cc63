using Microsoft.AspNetCore.Components;

namespace Roadmap.Web.Components.Account;

/// <summary>
/// Redirects from an account page in static SSR. <see cref="NavigationManager.NavigateTo(string, bool, bool)"/>
/// ends the render with a redirect, so callers return right after calling it.
/// </summary>
internal sealed class AccountRedirectManager(NavigationManager navigation)
{
    private static readonly CookieBuilder StatusCookie = new()
    {
        Path = "/compte",
        SameSite = SameSiteMode.Strict,
        HttpOnly = true,
        IsEssential = true,
        MaxAge = AccountStatus.CookieLifetime,
    };

    public void RedirectTo(string path) => navigation.NavigateTo(path);

    /// <summary>Goes back where the visitor came from, if that is a page of this site, else home.</summary>
    public void RedirectToLocal(string? returnUrl) => navigation.NavigateTo(LocalUrl.OrHome(returnUrl));

    /// <summary>Redirects and shows the confirmation <paramref name="statusKey"/> (see <see cref="AccountStatus"/>) once there.</summary>
    public void RedirectToWithStatus(string path, string statusKey, HttpContext context)
    {
        RememberStatus(context, statusKey);
        navigation.NavigateTo(path);
    }

    /// <summary>Shows the confirmation <paramref name="statusKey"/> on the next account page (for plain endpoints that redirect themselves).</summary>
    public static void RememberStatus(HttpContext context, string statusKey) =>
        context.Response.Cookies.Append(AccountStatus.CookieName, statusKey, StatusCookie.Build(context));

    public static void ForgetStatus(HttpContext context) =>
        context.Response.Cookies.Delete(AccountStatus.CookieName, new CookieOptions { Path = StatusCookie.Path });
}
