using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Moderation;
using Roadmap.Application.Domain.Participation;

namespace Roadmap.Application.Comments.ReportContent;

/// <summary>
/// « Signaler »: flags a comment or an action to the moderators, once per person. A comment reported by
/// <see cref="Comment.ReportsBeforeHold"/> different people is hidden until a moderator decides.
/// </summary>
[RequiresRole]
public sealed record ReportContent(ReportTarget Target, Guid TargetId, string Reason) : IRequest<Guid>;

internal sealed class ReportContentHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ReportContent, Guid>
{
    public const string AlreadyReported = "Vous avez déjà signalé ce contenu : l'équipe de modération va l'examiner.";

    public async Task<Guid> Handle(ReportContent request, CancellationToken cancellationToken)
    {
        var reporterId = user.RequireId();
        var comment = request.Target == ReportTarget.Comment ? await LoadReportableCommentAsync(request.TargetId, cancellationToken) : null;
        if (request.Target == ReportTarget.Action && !await db.Actions.AnyAsync(a => a.Id == request.TargetId, cancellationToken))
        {
            throw new NotFoundException("L'action", request.TargetId);
        }

        if (await AlreadyReportedAsync(request, reporterId, cancellationToken))
        {
            throw new ConflictException(AlreadyReported);
        }

        var now = clock.GetUtcNow();
        var report = ContentReport.File(request.Target, request.TargetId, reporterId, request.Reason, now);
        db.Reports.Add(report);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index (target, reporter) refused it: the same person's other request was quicker.
            db.Reports.Remove(report);
            if (!await AlreadyReportedAsync(request, reporterId, cancellationToken))
            {
                throw;
            }

            throw new ConflictException(AlreadyReported);
        }

        if (comment is not null)
        {
            await HoldIfReportedEnoughAsync(comment, now, cancellationToken);
        }

        return report.Id;
    }

    private async Task<Comment> LoadReportableCommentAsync(Guid commentId, CancellationToken cancellationToken)
    {
        var comment = await CommentTargets.LoadCommentAsync(db, commentId, cancellationToken);
        return comment.DeletedAt is null ? comment : throw new ConflictException(CommentTargets.DeletedComment);
    }

    private Task<bool> AlreadyReportedAsync(ReportContent request, Guid reporterId, CancellationToken cancellationToken) =>
        db.Reports.AsNoTracking().AnyAsync(r => r.Target == request.Target && r.TargetId == request.TargetId && r.ReporterId == reporterId, cancellationToken);

    // Counted after saving, so that of several simultaneous reports the last one to commit sees them all.
    private async Task HoldIfReportedEnoughAsync(Comment comment, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reporters = await db.Reports
            .Where(r => r.Target == ReportTarget.Comment && r.TargetId == comment.Id && r.ResolvedAt == null && r.ReporterId != null)
            .Select(r => r.ReporterId)
            .Distinct()
            .CountAsync(cancellationToken);
        if (reporters < Comment.ReportsBeforeHold || comment.HeldAt is not null)
        {
            return;
        }

        comment.HoldForModeration(now);
        await db.SaveChangesAsync(cancellationToken);
        await ActionCounters.RefreshAsync(db, comment.ActionId, cancellationToken);
    }
}
