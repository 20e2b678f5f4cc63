using AngleSharp.Html.Dom;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Actions;

namespace Roadmap.Web.Tests.Workshops.Manage;

/// <summary>Posts a Blazor form of a page already in hand (a re-rendered form keeps its added rows), as a browser without JavaScript would.</summary>
internal static class PageForm
{
    public static List<KeyValuePair<string, string>> Values(IHtmlDocument page, string formName, IReadOnlyDictionary<string, string> changes)
    {
        var form = page.QuerySelectorAll("form").Single(f => f.QuerySelector($"input[name=_handler][value='{formName}']") is not null);
        return [.. BrowserForm.Values(form).Where(v => !changes.ContainsKey(v.Key)).Concat(changes)];
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> values) =>
        client.PostAsync(url, new FormUrlEncodedContent(values));

    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, string formName, IReadOnlyDictionary<string, string> changes) =>
        await PostAsync(client, url, Values(await FormPost.GetPageAsync(client, url), formName, changes));
}
