using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions.SearchActions;
using Roadmap.Application.Domain.Organisations;

namespace Roadmap.Application.Organisations;

/// <summary>
/// The one way organisations are found from what a person typed: every word of the name (ignoring case and accents,
/// as the action search does), or exactly an official code (INSEE, SIREN) or a postcode.
/// </summary>
internal static class OrganisationMatch
{
    public static async Task<IQueryable<Organisation>> MatchingAsync(this IQueryable<Organisation> organisations, string? typed, CancellationToken cancellationToken)
    {
        var words = TextMatch.Words(typed);
        if (words.Count == 0)
        {
            return organisations;
        }

        // The folded comparison of names runs in memory on ids and names only (LIKE narrows them first);
        // codes and postcodes match exactly in SQL; counting, ordering and paging stay in SQL.
        var code = typed!.Trim();
        var postcode = $" {code} ";
        var byName = organisations;
        foreach (var pattern in words.Select(TextMatch.LikePattern))
        {
            byName = byName.Where(o => EF.Functions.Like(o.Name.ToLower(), pattern));
        }

        var candidates = await byName.Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        var named = candidates.Where(o => TextMatch.Matches(words, o.Name, "")).Select(o => o.Id).ToList();
        return organisations.Where(o => named.Contains(o.Id) || o.OfficialCode == code || o.Siren == code
            || (o.PostalCodes != null && (" " + o.PostalCodes + " ").Contains(postcode)));
    }
}
