namespace Roadmap.Web.Infrastructure;

/// <summary>Whether a browser request comes from a page of this site, judged against the request's own scheme and host.</summary>
internal static class SameOrigin
{
    /// <summary>True when <paramref name="origin"/> (an <c>Origin</c> header value) is this site's scheme and host.</summary>
    public static bool Is(HttpRequest request, string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// False only when the browser says the request comes from elsewhere: <c>Sec-Fetch-Site</c> other than
    /// same-origin or none (typed by the user), else an <c>Origin</c> that is not this site. A request with
    /// neither header is not sent by a browser page (curl, a script), so a cookie it carries is its own.
    /// </summary>
    public static bool IsNotCrossSite(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0)
        {
            return fetchSite is "same-origin" or "none";
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0 || Is(request, origin);
    }
}
