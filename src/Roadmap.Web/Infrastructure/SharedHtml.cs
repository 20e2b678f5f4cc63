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
    /// must be one of the parameters; the HTML is written again when another parameter is not equal to the one it was
    /// written with (a roadmap's slug, say).
    /// </summary>
    public async Task<MarkupString> OfAsync<TComponent>(object shared, IReadOnlyDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        if (_kept.TryGetValue(shared, out var kept) && kept.Component == typeof(TComponent) && SameParameters(kept.Parameters, parameters))
        {
            return kept.Html;
        }

        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            new MarkupString((await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters.ToDictionary()))).ToHtmlString()));
        _kept.AddOrUpdate(shared, new Kept(typeof(TComponent), parameters, html));
        return html;
    }

    private static bool SameParameters(IReadOnlyDictionary<string, object?> kept, IReadOnlyDictionary<string, object?> asked) =>
        kept.Count == asked.Count && asked.All(p => kept.TryGetValue(p.Key, out var value) && Equals(value, p.Value));

    private sealed record Kept(Type Component, IReadOnlyDictionary<string, object?> Parameters, MarkupString Html);
}
