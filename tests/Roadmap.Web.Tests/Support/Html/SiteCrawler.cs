using System.Net;
using System.Text.RegularExpressions;

namespace Roadmap.Web.Tests.Support.Html;

/// <summary>
/// Follows the same-site links of the served pages, breadth first from a few entry points, as one visitor
/// (the client's cookies). Pages that share a route (every action page, every workshop) are visited at most
/// <see cref="PerRoute"/> times, so that a new page is found without walking the whole demo data.
/// </summary>
internal static partial class SiteCrawler
{
    public const int PerRoute = 2;

    /// <summary>The served HTML of every page reached, by path, up to <paramref name="cap"/> pages.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> CrawlAsync(HttpClient client, IEnumerable<string> entryPoints, int cap)
    {
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(entryPoints, StringComparer.Ordinal);
        var perRoute = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<string>(seen);
        while (queue.Count > 0 && pages.Count < cap)
        {
            var path = queue.Dequeue();
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            pages[path] = html;
            foreach (var link in Links(html).Where(seen.Add))
            {
                var route = Route(link);
                perRoute[route] = perRoute.GetValueOrDefault(route) + 1;
                if (perRoute[route] <= PerRoute)
                {
                    queue.Enqueue(link);
                }
            }
        }

        return pages;
    }

    /// <summary>The site's pages linked from <paramref name="html"/>: no API, no file (.csv, .docx, .ics…), no fragment.</summary>
    private static IEnumerable<string> Links(string html) =>
        Href().Matches(html)
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Split('#')[0])
            .Where(p => p.StartsWith('/') && !p.StartsWith("//", StringComparison.Ordinal) && !p.StartsWith("/api/", StringComparison.Ordinal))
            .Where(p => !Path.HasExtension(p.Split('?')[0]));

    /// <summary>The path with its ids and query left out: /ateliers/{id}/ecran.</summary>
    private static string Route(string path) => Id().Replace(path.Split('?')[0], "{id}");

    [GeneratedRegex("""href="([^"]*)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Href();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Id();
}
