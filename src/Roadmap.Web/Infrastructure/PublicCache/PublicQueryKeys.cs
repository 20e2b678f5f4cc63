using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.Components;

namespace Roadmap.Web.Infrastructure.PublicCache;

/// <summary>
/// The query parameters a kept page or API read may depend on, and so the only ones in a copy's key: every
/// <c>[SupplyParameterFromQuery]</c> of the app's components, the one the layout reads itself
/// (<see cref="StaleForms.QueryKey"/>) and the public API's. Any other parameter cannot change the answer: it is
/// left out of the key, so <c>?x=1</c>, <c>?x=2</c>… share one copy instead of filling the store.
/// </summary>
internal static class PublicQueryKeys
{
    /// <summary>The search API's parameters (<c>SearchEndpoints.Parameters</c>) and the communes' search.</summary>
    public static readonly string[] Api = ["axis", "status", "organisation", "territory", "q", "sort", "seed", "page", "pageSize"];

    public static readonly FrozenSet<string> All = typeof(PublicQueryKeys).Assembly.GetTypes()
        .Where(t => typeof(IComponent).IsAssignableFrom(t))
        .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        .Select(p => p.GetCustomAttribute<SupplyParameterFromQueryAttribute>() is { } query ? query.Name ?? p.Name : null)
        .OfType<string>()
        .Append(StaleForms.QueryKey)
        .Concat(Api)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>In a stable order: the key lists them as given.</summary>
    public static readonly string[] Ordered = [.. All.Order(StringComparer.OrdinalIgnoreCase)];
}
