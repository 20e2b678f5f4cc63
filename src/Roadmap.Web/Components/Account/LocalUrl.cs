namespace Roadmap.Web.Components.Account;

/// <summary>
/// Guards redirects after sign-in: only a path of this site is followed, so a crafted
/// <c>returnUrl</c> cannot send someone to another site (open redirect).
/// </summary>
internal static class LocalUrl
{
    public static bool IsLocal(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }

        // Browsers read « \ » as « / » and drop tabs and line breaks, which would turn « /\evil » into « //evil ».
        if (url.Any(c => c == '\\' || char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return false;
        }

        return Uri.IsWellFormedUriString(url, UriKind.Relative);
    }

    /// <summary>The URL as a root-relative path when it is local (« compte » becomes « /compte »), else the home page.</summary>
    public static string OrHome(string? url) => IsLocal(url) ? (url!.StartsWith('/') ? url : "/" + url) : "/";
}
