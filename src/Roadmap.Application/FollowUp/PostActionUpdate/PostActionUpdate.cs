using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.Following;

namespace Roadmap.Application.FollowUp.PostActionUpdate;

/// <summary>
/// A pilot (or a manager of the roadmap) posts a point d'étape on a followed-up action: a dated Markdown
/// text that may move the action to « En cours » with a progress percentage, or to « Réalisée » (100 %).
/// A percentage is refused when the action's progress comes from its indicators. The action's followers
/// are told (not the author, who starts following it). <see cref="SubmissionKey"/>, drawn once per form,
/// makes a double submit return the point d'étape already posted.
/// </summary>
[RequiresRole]
public sealed record PostActionUpdate(
    Guid ActionId, string Title, string Body, DateOnly OccurredOn, ActionStatus? NewStatus = null, int? NewProgress = null, Guid? SubmissionKey = null)
    : IRequest<PostedActionUpdate>
{
    /// <summary>The statuses a point d'étape may set, in the order a form offers them.</summary>
    public static IReadOnlyList<ActionStatus> Targets { get; } = [ActionStatus.InProgress, ActionStatus.Done];
}

/// <summary>The point d'étape posted (or found already posted: <see cref="AlreadyPosted"/>) and its page.</summary>
public sealed record PostedActionUpdate(Guid UpdateId, string Link, bool AlreadyPosted);

internal sealed class PostActionUpdateHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier)
    : IRequestHandler<PostActionUpdate, PostedActionUpdate>
{
    public const string ProgressFromIndicators = "L'avancement de cette action est calculé à partir de ses indicateurs : il ne peut pas être saisi.";

    public async Task<PostedActionUpdate> Handle(PostActionUpdate request, CancellationToken cancellationToken)
    {
        var authorId = user.RequireId();
        if (await FindAlreadyPostedAsync(authorId, request.SubmissionKey, cancellationToken) is { } done)
        {
            return done;
        }

        var action = await db.Actions.FirstOrDefaultAsync(a => a.Id == request.ActionId, cancellationToken)
            ?? throw new NotFoundException("L'action", request.ActionId);
        await db.EnsureCanReportOnAsync(user, action, cancellationToken);
        var roadmap = await db.Roadmaps.AsNoTracking().FirstAsync(r => r.Id == action.RoadmapId, cancellationToken);
        roadmap.EnsureNotArchived();
        action.EnsureFollowedUp();
        if (request.NewProgress is not null && action.ProgressRule == ProgressRule.FromIndicators)
        {
            throw ValidationFailedException.For(nameof(PostActionUpdate.NewProgress), ProgressFromIndicators);
        }

        var now = clock.GetUtcNow();
        var update = ActionUpdate.Post(action, authorId, request.Title, request.Body, request.OccurredOn, now, request.SubmissionKey);
        if (TargetPercent(request, action) is { } percent)
        {
            action.ReportProgress(authorId, percent, update.Title, now);
            update.Moved(action.Status, action.ProgressPercent);
        }

        db.Updates.Add(update);
        var link = SiteLinks.ActionUpdate(roadmap.Slug, action.Id, update.Id);
        await notifier.EnsureFollowingAsync(authorId, FollowTarget.Action, action.Id, cancellationToken);
        await notifier.NotifyAsync(action.Id, roadmap.Id, NotificationKind.UpdatePosted, NoticeText(action, update), link, authorId, [], cancellationToken);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A double submit may have raced us to the unique (author, key) index: the other request posted it.
            return await FindAlreadyPostedAsync(authorId, request.SubmissionKey, cancellationToken) ?? throw new ConflictException("Ce point d'étape n'a pas pu être enregistré : réessayez.");
        }

        return new PostedActionUpdate(update.Id, link, AlreadyPosted: false);
    }

    /// <summary>The progress the point d'étape reports, or null when it leaves the action where it is.</summary>
    private static int? TargetPercent(PostActionUpdate request, RoadmapAction action) => request.NewStatus switch
    {
        ActionStatus.Done => 100,
        ActionStatus.InProgress => request.NewProgress ?? action.ProgressPercent,
        _ => request.NewProgress,
    };

    /// <summary>« Point d'étape sur « action » : titre (maintenant « En cours de réalisation », 40 %) ».</summary>
    private static string NoticeText(RoadmapAction action, ActionUpdate update)
    {
        var moved = update.StatusAfter is { } status
            ? $" (maintenant « {status.French()} »{(status == ActionStatus.InProgress ? $", {update.ProgressAfter} %" : "")})"
            : "";
        return $"Point d'étape sur « {action.Title} » : {update.Title}{moved}";
    }

    private async Task<PostedActionUpdate?> FindAlreadyPostedAsync(Guid authorId, Guid? submissionKey, CancellationToken cancellationToken) =>
        submissionKey is null
            ? null
            : await db.Updates.AsNoTracking()
                .Where(u => u.AuthorId == authorId && u.SubmissionKey == submissionKey)
                .Join(db.Roadmaps, u => u.RoadmapId, r => r.Id, (u, r) => new { u.Id, u.ActionId, r.Slug })
                .Select(f => new PostedActionUpdate(f.Id, SiteLinks.ActionUpdate(f.Slug, f.ActionId, f.Id), true))
                .FirstOrDefaultAsync(cancellationToken);
}
