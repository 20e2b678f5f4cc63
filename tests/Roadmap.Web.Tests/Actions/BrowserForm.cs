using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Roadmap.Web.Tests.Account;

namespace Roadmap.Web.Tests.Actions;

/// <summary>
/// Posts a Blazor form with every value a browser would send (fields as rendered, ticked boxes,
/// selected options), then the test's changes, and the value of the submit button pressed.
/// </summary>
internal static class BrowserForm
{
    public static async Task<HttpResponseMessage> SubmitAsync(
        HttpClient client, string url, string formName, IReadOnlyDictionary<string, string> changes, IEnumerable<KeyValuePair<string, string>>? extra = null)
    {
        var page = await FormPost.GetPageAsync(client, url);
        var form = page.QuerySelectorAll("form").Single(f => f.QuerySelector($"input[name=_handler][value='{formName}']") is not null);
        var values = Values(form).Where(v => !changes.ContainsKey(v.Key)).Concat(changes).Concat(extra ?? []);
        return await client.PostAsync(url, new FormUrlEncodedContent(values));
    }

    public static IEnumerable<KeyValuePair<string, string>> Values(IElement form)
    {
        foreach (var field in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = field.GetAttribute("name")!;
            switch (field)
            {
                case IHtmlInputElement input when input.Type is "submit" or "button":
                    break;
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.HasAttribute("checked"))
                    {
                        yield return new(name, input.GetAttribute("value") ?? "on");
                    }

                    break;
                case IHtmlInputElement input:
                    yield return new(name, input.GetAttribute("value") ?? "");
                    break;
                case IHtmlTextAreaElement textarea:
                    yield return new(name, textarea.TextContent);
                    break;
                case IHtmlSelectElement select:
                    var chosen = select.Options.Where(o => o.HasAttribute("selected")).ToList();
                    if (chosen.Count == 0 && select.Options.Length > 0)
                    {
                        chosen.Add(select.Options[0]);
                    }

                    foreach (var option in chosen)
                    {
                        yield return new(name, option.Value);
                    }

                    break;
            }
        }
    }
}
