namespace Roadmap.Application.Actions.SearchActions;

/// <summary>The orders a list of actions can take; the names are the API's <c>sort</c> values.</summary>
public static class ActionSearchSort
{
    /// <summary>Most supported first (the default without free text).</summary>
    public const string Supports = "supports";

    /// <summary>Most commented first.</summary>
    public const string Comments = "comments";

    /// <summary>Most recently proposed first.</summary>
    public const string Newest = "newest";

    /// <summary>A shuffled order that stays the same for a given seed, so paging never repeats or skips an action.</summary>
    public const string Random = "random";

    /// <summary>The most relevant to the free text first (the default with free text; without, it means the default).</summary>
    public const string Relevance = "relevance";

    public static IReadOnlyList<string> All { get; } = [Supports, Comments, Newest, Random, Relevance];

    public static bool IsKnown(string? sort) => string.IsNullOrEmpty(sort) || All.Contains(sort, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The canonical name of a known sort: <see cref="Relevance"/> when none was asked for and there is free text,
    /// else <see cref="Supports"/>. While support counts are hidden, <see cref="Supports"/> becomes <see cref="Newest"/>:
    /// the order would tell the counts.
    /// </summary>
    public static string Normalise(string? sort, bool supportCountsHidden, bool hasText)
    {
        var known = string.IsNullOrEmpty(sort) ? Relevance : All.First(s => string.Equals(s, sort, StringComparison.OrdinalIgnoreCase));
        if (known == Relevance && !hasText)
        {
            known = Supports;
        }

        return supportCountsHidden && known == Supports ? Newest : known;
    }
}
