using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.FollowUp.ListActionUpdates;

/// <summary>
/// An action's points d'étape as <see cref="Audience"/> sees them, the same for every caller of that audience
/// (decision 039): the roadmap's team also lists the hidden ones, with their reason.
/// </summary>
internal sealed record ActionUpdatesForAudience(Guid ActionId, int? Latest, Audience Audience) : ISharedRead<ActionUpdatesPage>
{
    public async Task<ActionUpdatesPage> LoadAsync(IRoadmapDbContext db, IMarkdownRenderer markdown, CancellationToken cancellationToken)
    {
        var updates = db.VisibleTo(Audience, ActionId);
        var total = await updates.CountAsync(cancellationToken);
        var latest = updates.Latest();
        var rows = await (Latest is { } count ? latest.Take(count) : latest)
            .Select(u => new { Update = u, AuthorName = db.Users.Where(p => p.Id == u.AuthorId).Select(p => p.DisplayName).FirstOrDefault() })
            .ToListAsync(cancellationToken);

        return new ActionUpdatesPage(total, rows.Select(r => new ActionUpdateSummary(
            r.Update.Id, r.Update.Title, r.Update.OccurredOn, r.Update.PostedAt, r.AuthorName ?? ParticipantNames.Deleted,
            ActionUpdateReading.Excerpt(markdown, r.Update.Body), r.Update.StatusAfter, r.Update.ProgressAfter, r.Update.CommentCount,
            r.Update.HiddenAt is null ? null : r.Update.HiddenReason)).ToList());
    }
}

/// <summary><see cref="Total"/> counts every point d'étape the audience sees, <see cref="Updates"/> only those asked for.</summary>
internal sealed record ActionUpdatesPage(int Total, IReadOnlyList<ActionUpdateSummary> Updates);
