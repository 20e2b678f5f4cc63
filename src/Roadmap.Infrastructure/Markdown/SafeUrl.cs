using Markdig.Helpers;

namespace Roadmap.Infrastructure.Markdown;

/// <summary>
/// Decides which URLs user content may link to. Links keep http, https and mailto URLs, and
/// relative ones that stay on the site (<c>/actions/12</c>, <c>?page=2</c>, <c>#vote</c>); images
/// (shown as links, never loaded) keep only absolute http and https sources.
/// </summary>
/// <remarks>
/// A URL is judged after decoding it as a browser would, and more (character references,
/// percent-encoding, whitespace and control characters removed), against an allow-list: every
/// spelling of <c>javascript:</c>, <c>vbscript:</c> or <c>data:</c> fails.
/// </remarks>
internal static class SafeUrl
{
    private const int MaxDecodingPasses = 4;

    public static readonly IReadOnlyList<string> LinkSchemes = ["http", "https", "mailto"];
    private static readonly string[] ImageSchemes = ["http", "https"];

    public static bool IsSafeLink(string? url) => IsAllowed(url, LinkSchemes, allowRelative: true);

    public static bool IsSafeImage(string? url) => IsAllowed(url, ImageSchemes, allowRelative: false);

    private static bool IsAllowed(string? url, IReadOnlyList<string> schemes, bool allowRelative)
    {
        var decoded = DecodeLikeBrowser(url);
        if (string.IsNullOrEmpty(decoded))
        {
            return false;
        }

        // As in a browser's URL parser, a scheme is whatever precedes the first ':' that comes
        // before any '/', '?' or '#'; anything that is not exactly an allowed scheme is refused.
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        var pathStart = decoded.AsSpan().IndexOfAny('/', '?', '#');
        if (colon < 0 || (pathStart >= 0 && pathStart < colon))
        {
            return allowRelative && !IsNetworkPath(decoded);
        }

        return schemes.Contains(decoded[..colon], StringComparer.OrdinalIgnoreCase);
    }

    // "//host/…" (or "\\host", which browsers read the same) leaves the site without naming a
    // scheme; authors who mean another site can write https://.
    private static bool IsNetworkPath(string url) =>
        url.Length > 1 && url[0] is ('/' or '\\') && url[1] is ('/' or '\\');

    private static string? DecodeLikeBrowser(string? url)
    {
        var current = url ?? "";
        for (var pass = 0; pass < MaxDecodingPasses; pass++)
        {
            var next = Uri.UnescapeDataString(HtmlHelper.Unescape(current, removeBackSlash: false));
            if (next == current)
            {
                return string.Concat(current.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)));
            }

            current = next;
        }

        // Still changing after several passes: nobody encodes a genuine URL that many times.
        return null;
    }
}
