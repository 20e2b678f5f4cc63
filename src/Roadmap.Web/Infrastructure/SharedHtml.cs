using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Roadmap.Web.Infrastructure;

/// <summary>
/// The HTML of a component rendered once for an instance that every reader shares — a page of search results as the
/// shared reads keep it (decision 039) — and kept as long as that instance lives: a new read after a change brings a new
/// instance, hence new HTML. A list of twenty action cards is about a hundred components; built again for every signed-in
/// request it was a large part of the search page (issue 14). Only for components that show nothing of the reader and
/// take no request's service: they are rendered outside the request, by a renderer of their own in a scope of its own,
/// both made for the one render and disposed after it (a renderer keeps every component it rendered until then).
/// </summary>
internal sealed class SharedHtml(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    private readonly ConditionalWeakTable<object, Kept> _kept = new();

    /// <summary>
    /// <typeparamref name="TComponent"/> rendered with <paramref name="parameters"/> for <paramref name="shared"/>, which
    /// must be one of the parameters; <paramref name="variant"/> names the others (the HTML is written again when it changes).
    /// </summary>
    public async Task<MarkupString> OfAsync<TComponent>(object shared, string variant, IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        if (_kept.TryGetValue(shared, out var kept) && kept.Component == typeof(TComponent) && string.Equals(kept.Variant, variant, StringComparison.Ordinal))
        {
            return kept.Html;
        }

        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            new MarkupString((await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString()));
        _kept.AddOrUpdate(shared, new Kept(typeof(TComponent), variant, html));
        return html;
    }

    private sealed record Kept(Type Component, string Variant, MarkupString Html);
}
