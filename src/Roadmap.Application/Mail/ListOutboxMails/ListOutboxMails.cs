using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Mail.ListOutboxMails;

/// <summary>
/// The outbox for Administrators: its counts, and one page (<see cref="PageSize"/>, newest first) of the
/// mails given up (<see cref="OutboxMailState.Failed"/>) or of those still trying after a failure
/// (<see cref="OutboxMailState.Pending"/>). Mails that left without trouble are only counted.
/// </summary>
[RequiresRole(RoleNames.Administrator)]
public sealed record ListOutboxMails(OutboxMailState State = OutboxMailState.Failed, int Page = 1) : IQuery<OutboxMailPage>
{
    public const int PageSize = 20;
}

public enum OutboxMailState
{
    /// <summary>Given up after <see cref="OutboxMail.MaxAttempts"/> attempts: waits for an administrator.</summary>
    Failed,

    /// <summary>Not sent yet and failed at least once: the worker tries again later (the first-time ones are only counted).</summary>
    Pending,
}

/// <summary>Pending: not sent nor given up. Failed: given up.</summary>
public sealed record OutboxCounts(int Pending, int SentLastDay, int Failed);

public sealed record OutboxMailPage(OutboxCounts Counts, OutboxMailState State, IReadOnlyList<OutboxMailView> Items, int Page, int PageSize, int TotalCount)
{
    public bool HasPrevious => Page > 1;

    public bool HasNext => Page * PageSize < TotalCount;
}

/// <summary>One mail, without its body: its links may be secret (a password reset).</summary>
public sealed record OutboxMailView(
    Guid Id, MailKind Kind, string KindLabel, string ToAddress, string ToName, string Subject, int Attempts, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset NextAttemptAt, DateTimeOffset? FailedAt);

internal sealed class ListOutboxMailsHandler(IRoadmapDbContext db, TimeProvider clock) : IRequestHandler<ListOutboxMails, OutboxMailPage>
{
    public async Task<OutboxMailPage> Handle(ListOutboxMails request, CancellationToken cancellationToken)
    {
        var mails = db.OutboxMails.AsNoTracking();
        var dayAgo = clock.GetUtcNow().AddDays(-1);
        var counts = new OutboxCounts(
            await mails.CountAsync(m => m.SentAt == null && m.FailedAt == null, cancellationToken),
            await mails.CountAsync(m => m.SentAt >= dayAgo, cancellationToken),
            await mails.CountAsync(m => m.FailedAt != null, cancellationToken));

        var shown = request.State == OutboxMailState.Failed
            ? mails.Where(m => m.FailedAt != null)
            : mails.Where(m => m.SentAt == null && m.FailedAt == null && m.Attempts > 0);
        var total = request.State == OutboxMailState.Failed ? counts.Failed : await shown.CountAsync(cancellationToken);
        var page = await shown
            .OrderByDescending(m => m.CreatedAt)
            .ThenBy(m => m.Id)
            .Skip((request.Page - 1) * ListOutboxMails.PageSize)
            .Take(ListOutboxMails.PageSize)
            .Select(m => new { m.Id, m.Kind, m.ToAddress, m.ToName, m.Subject, m.Attempts, m.LastError, m.CreatedAt, m.NextAttemptAt, m.FailedAt })
            .ToListAsync(cancellationToken);

        return new OutboxMailPage(
            counts,
            request.State,
            page.Select(m => new OutboxMailView(
                m.Id, m.Kind, MailKindLabels.French(m.Kind), m.ToAddress, m.ToName, m.Subject, m.Attempts, m.LastError, m.CreatedAt, m.NextAttemptAt, m.FailedAt)).ToList(),
            request.Page,
            ListOutboxMails.PageSize,
            total);
    }
}
