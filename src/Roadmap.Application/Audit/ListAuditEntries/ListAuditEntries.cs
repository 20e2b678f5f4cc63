using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Audit.ListAuditEntries;

/// <summary>
/// The back-office journal, newest first, <see cref="PageSize"/> per page, for Administrators:
/// filtered by roadmap (slug), by the actor's name (contains), and by a range of days (Paris days, inclusive).
/// </summary>
[RequiresRole(RoleNames.Administrator)]
public sealed record ListAuditEntries(string? RoadmapSlug = null, string? ActorQuery = null, DateOnly? From = null, DateOnly? To = null, int Page = 1)
    : IQuery<AuditPage>
{
    public const int PageSize = 50;
    public const int QueryMaxLength = 100;
}

public sealed record AuditPage(IReadOnlyList<AuditEntryView> Items, int Page, int PageSize, int TotalCount)
{
    public bool HasPrevious => Page > 1;

    public bool HasNext => Page * PageSize < TotalCount;
}

/// <summary>One entry; <see cref="ActionLabel"/> is French (the code itself when unknown), before and after are JSON.</summary>
public sealed record AuditEntryView(
    Guid Id, DateTimeOffset At, Guid? ActorId, string ActorName, string? RoadmapTitle, string Action, string ActionLabel, string Subject, string? Before, string? After);

internal sealed class ListAuditEntriesHandler(IRoadmapDbContext db) : IRequestHandler<ListAuditEntries, AuditPage>
{
    public async Task<AuditPage> Handle(ListAuditEntries request, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (request.RoadmapSlug is { Length: > 0 } slug)
        {
            entries = entries.Where(e => db.Roadmaps.Any(r => r.Id == e.RoadmapId && r.Slug == slug));
        }

        if (request.ActorQuery?.Trim() is { Length: > 0 } query)
        {
            var name = query.ToLowerInvariant();
            entries = entries.Where(e => e.ActorName.ToLower().Contains(name));
        }

        if (request.From is { } from)
        {
            // The journal's days are Paris days; the instant goes into the query in UTC (PostgreSQL takes no other offset).
            var start = FrenchFormat.FromParis(from, TimeOnly.MinValue);
            entries = entries.Where(e => e.At >= start);
        }

        if (request.To is { } to)
        {
            var end = FrenchFormat.FromParis(to.AddDays(1), TimeOnly.MinValue);
            entries = entries.Where(e => e.At < end);
        }

        var total = await entries.CountAsync(cancellationToken);

        var page = await entries
            .OrderByDescending(e => e.At)
            .Skip((request.Page - 1) * ListAuditEntries.PageSize)
            .Take(ListAuditEntries.PageSize)
            .Select(e => new { Entry = e, Roadmap = db.Roadmaps.Where(r => r.Id == e.RoadmapId).Select(r => r.Title).FirstOrDefault() })
            .ToListAsync(cancellationToken);

        return new AuditPage(
            page.Select(p => new AuditEntryView(
                p.Entry.Id, p.Entry.At, p.Entry.ActorId, p.Entry.ActorName, p.Roadmap, p.Entry.Action, AuditActions.French(p.Entry.Action),
                p.Entry.Subject, p.Entry.Before, p.Entry.After)).ToList(),
            request.Page, ListAuditEntries.PageSize, total);
    }
}
