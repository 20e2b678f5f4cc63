using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Common;

namespace Roadmap.Application.FollowUp.GetActionUpdate;

/// <summary>
/// A point d'étape with its Markdown rendered safe, public. A hidden one is read by the roadmap's team
/// only (with <see cref="ActionUpdateDetails.HiddenReason"/>); others are refused with the reason.
/// </summary>
public sealed record GetActionUpdate(Guid UpdateId) : IQuery<ActionUpdateDetails>;

public sealed record ActionUpdateDetails(
    Guid Id, Guid ActionId, string ActionTitle, string RoadmapSlug, string RoadmapTitle, string Title, string BodyHtml,
    DateOnly OccurredOn, DateTimeOffset PostedAt, string AuthorName, ActionStatus? StatusAfter, int? ProgressAfter,
    int CommentCount, string? HiddenReason);

internal sealed class GetActionUpdateHandler(IRoadmapDbContext db, IMarkdownRenderer markdown, ICurrentUser user)
    : IRequestHandler<GetActionUpdate, ActionUpdateDetails>
{
    public async Task<ActionUpdateDetails> Handle(GetActionUpdate request, CancellationToken cancellationToken)
    {
        var update = await db.Updates.AsNoTracking().FirstOrDefaultAsync(u => u.Id == request.UpdateId, cancellationToken)
            ?? throw new NotFoundException("Le point d'étape", request.UpdateId);
        var action = await db.Actions.AsNoTracking().FirstAsync(a => a.Id == update.ActionId, cancellationToken);
        await db.EnsureReadableByAsync(action, user, cancellationToken);
        if (update.HiddenAt is not null && !await db.IsTeamAsync(user, action.RoadmapId, cancellationToken))
        {
            throw new HiddenByModerationException(update.HiddenReason);
        }

        var roadmap = await db.Roadmaps.AsNoTracking().Where(r => r.Id == action.RoadmapId).Select(r => new { r.Slug, r.Title }).FirstAsync(cancellationToken);
        var authorName = await db.Users.Where(u => u.Id == update.AuthorId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        return new ActionUpdateDetails(
            update.Id, action.Id, action.Title, roadmap.Slug, roadmap.Title, update.Title, markdown.ToSafeHtml(update.Body),
            update.OccurredOn, update.PostedAt, authorName ?? ParticipantNames.Deleted, update.StatusAfter, update.ProgressAfter,
            update.CommentCount, update.HiddenAt is null ? null : update.HiddenReason);
    }
}
