using AngleSharp.Html.Dom;
using Roadmap.Web.Tests.Account;

namespace Roadmap.Web.Tests.Legal;

/// <summary>Reading the legal pages as a visitor does.</summary>
internal static class LegalPages
{
    public static readonly string[] Paths = ["/accessibilite", "/mentions-legales", "/donnees-personnelles", "/cookies"];

    /// <summary>The visible text of <paramref name="selector"/>, spaces (non-breaking included) folded to one.</summary>
    public static string Text(IHtmlDocument page, string selector) =>
        string.Join(' ', (page.QuerySelector(selector)?.TextContent ?? "").Split([' ', '\u00a0', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    public static Task<IHtmlDocument> OpenAsync(HttpClient client, string path) => FormPost.GetPageAsync(client, path);
}
