using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Roadmap.Web.Tests.Account;

/// <summary>
/// Submits a form as a browser without JavaScript would: fetch the page, keep its hidden fields
/// (the antiforgery token, Blazor's « _handler » form name…), fill in the rest, post it back.
/// Blazor names the inputs after the bound expression: « Input.Email », « Input.Password »…
/// </summary>
internal static class FormPost
{
    /// <summary>Posts the Blazor form whose FormName is <paramref name="formName"/>.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, string formName, IReadOnlyDictionary<string, string> fields) =>
        SubmitAsync(client, url, form => form.QuerySelectorAll("input[name=_handler]").Any(i => i.GetAttribute("value") == formName), fields);

    /// <summary>Posts the plain form that targets <paramref name="action"/> (the sign-out button, for one).</summary>
    public static Task<HttpResponseMessage> SubmitToAsync(HttpClient client, string pageUrl, string action) =>
        SubmitAsync(client, pageUrl, form => form.GetAttribute("action") == action, new Dictionary<string, string>());

    public static async Task<IHtmlDocument> ReadAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    public static async Task<IHtmlDocument> GetPageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync(response);
    }

    private static async Task<HttpResponseMessage> SubmitAsync(
        HttpClient client, string url, Func<IElement, bool> isTheForm, IReadOnlyDictionary<string, string> fields)
    {
        var page = await GetPageAsync(client, url);
        var form = page.QuerySelectorAll("form").SingleOrDefault(isTheForm)
            ?? throw new InvalidOperationException($"No such form on {url}.");

        var values = form.QuerySelectorAll("input[type=hidden]")
            .Where(i => !string.IsNullOrEmpty(i.GetAttribute("name")))
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        var action = form.GetAttribute("action");
        return await client.PostAsync(string.IsNullOrEmpty(action) ? url : action, new FormUrlEncodedContent(values));
    }
}
