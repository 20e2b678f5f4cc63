using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;

namespace Roadmap.Application.FollowUp;

/// <summary>
/// What the public reads of points d'étape: a hidden one is left out, except for the roadmap's team,
/// who see it with the reason it was hidden. Excerpts are plain text cut from the rendered Markdown.
/// </summary>
internal static partial class ActionUpdateReading
{
    public const int ExcerptLength = 240;

    public static IQueryable<ActionUpdate> VisibleTo(this IRoadmapDbContext db, Audience audience, Guid actionId)
    {
        var updates = db.Updates.AsNoTracking().Where(u => u.ActionId == actionId);
        return audience == Audience.Team ? updates : updates.Where(u => u.HiddenAt == null);
    }

    /// <summary>The most recent first: by the date they speak of, then by when they were posted.</summary>
    public static IOrderedQueryable<ActionUpdate> Latest(this IQueryable<ActionUpdate> updates) =>
        updates.OrderByDescending(u => u.OccurredOn).ThenByDescending(u => u.PostedAt);

    public static string Excerpt(IMarkdownRenderer markdown, string body)
    {
        var text = Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(markdown.ToSafeHtml(body), " ")), " ").Trim();
        if (text.Length <= ExcerptLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', ExcerptLength);
        return $"{text[..(cut > ExcerptLength / 2 ? cut : ExcerptLength)]}…";
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
