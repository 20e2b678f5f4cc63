using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;

namespace Roadmap.Application.FollowUp.GetActionLineage;

/// <summary>
/// Where an action comes from and what happened to it, as one timeline, oldest first: the workshop idea
/// it was promoted from, its proposal, every status change with its reason, the actions merged into it
/// (or the one it was merged into), its points d'étape and each measured value of its indicators
/// (corrections noted). Public; a hidden point d'étape appears for the roadmap's team only.
/// </summary>
public sealed record GetActionLineage(Guid ActionId) : IQuery<ActionLineageView>;

public sealed record ActionLineageView(Guid ActionId, IReadOnlyList<LineageEvent> Events);

/// <summary>
/// One event. <see cref="Day"/> is set when the event is dated by a day (a point d'étape, a measure) rather
/// than an instant; it then sorts at the start of that day. <see cref="Link"/> is a site path, or null.
/// </summary>
public sealed record LineageEvent(
    LineageEventKind Kind, DateTimeOffset At, DateOnly? Day, string Heading, string Detail, string? Link, string? ByName);

/// <summary>In the order events of the same instant are told.</summary>
public enum LineageEventKind
{
    IdeaPosted,
    Promoted,
    Proposed,
    UnderReview,
    MergedFrom,
    Retained,
    NotRetained,
    MergedInto,
    Withdrawn,
    InProgress,
    UpdatePosted,
    ValueMeasured,
    Done,
}

/// <summary>
/// Reads the action's shared facts (decision 039) and, each time, only the columns of the rest: the workshop idea is
/// not kept (hiding an idea does not move the public generation), so neither is the timeline built on it.
/// </summary>
internal sealed class GetActionLineageHandler(IRoadmapDbContext db, IMarkdownRenderer markdown, ICurrentUser user, SharedReadCache? cache = null)
    : IRequestHandler<GetActionLineage, ActionLineageView>
{
    public async Task<ActionLineageView> Handle(GetActionLineage request, CancellationToken cancellationToken)
    {
        var action = await db.ActionFactsAsync(cache, request.ActionId, cancellationToken);
        await db.EnsureReadableByAsync(action, user, cancellationToken);
        var slug = action.RoadmapSlug;

        var idea = await (
            from i in db.Ideas.AsNoTracking()
            join w in db.Workshops on i.WorkshopId equals w.Id
            where i.PromotedActionId == action.ActionId
            select new { i.PostedAt, i.Text, Hidden = i.HiddenAt != null, WorkshopId = w.Id, WorkshopTitle = w.Title, w.StartsAt })
            .FirstOrDefaultAsync(cancellationToken);
        var mergedFrom = await db.Actions.AsNoTracking().Where(a => a.MergedIntoId == action.ActionId)
            .Select(a => new { a.Id, a.Title, Merges = a.History.Where(h => h.To == ActionStatus.Merged).Select(h => new { h.At, h.Reason, h.ById }).ToList() })
            .ToListAsync(cancellationToken);
        var mergedInto = action.MergedIntoId is { } targetId
            ? await db.Actions.AsNoTracking().Where(a => a.Id == targetId).Select(a => a.Title).FirstOrDefaultAsync(cancellationToken)
            : null;
        var updates = await db.VisibleTo(await db.AudienceOfActionAsync(user, action.ActionId, cancellationToken), action.ActionId)
            .Select(u => new { u.Id, u.Title, u.Body, u.OccurredOn, u.AuthorId })
            .ToListAsync(cancellationToken);
        var values = await db.IndicatorValues.AsNoTracking().Where(v => v.ActionId == action.ActionId)
            .Join(db.Indicators, v => v.IndicatorId, i => i.Id, (v, i) => new { Value = v, i.Name, i.Unit })
            .ToListAsync(cancellationToken);

        var peopleIds = action.History.Select(h => h.ById)
            .Concat(mergedFrom.SelectMany(m => m.Merges).Select(h => h.ById))
            .Concat(updates.Select(u => u.AuthorId))
            .Concat(values.Select(v => v.Value.RecordedById))
            .OfType<Guid>().Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => peopleIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        string? Name(Guid? id) => id is { } key && people.TryGetValue(key, out var name) ? name : null;

        var events = new List<LineageEvent>();
        if (idea is not null)
        {
            var text = idea.Hidden ? "" : $" : « {idea.Text} »";
            events.Add(new LineageEvent(LineageEventKind.IdeaPosted, idea.PostedAt, null, $"Idée proposée dans l'atelier « {idea.WorkshopTitle} »",
                $"Atelier du {FrenchFormat.Day(idea.StartsAt)}{text}", SiteLinks.Workshop(idea.WorkshopId), null));
        }

        events.AddRange(action.History.Select(h => StatusEvent(h, idea is not null, mergedInto, action.MergedIntoId is { } id ? SiteLinks.Action(slug, id) : null, Name(h.ById))));
        events.AddRange(mergedFrom.Select(m => m.Merges.OrderByDescending(h => h.At).Select(h =>
            new LineageEvent(LineageEventKind.MergedFrom, h.At, null, $"« {m.Title} » fusionnée dans cette action", h.Reason, SiteLinks.Action(slug, m.Id), Name(h.ById)))
            .FirstOrDefault()).OfType<LineageEvent>());
        events.AddRange(updates.Select(u => new LineageEvent(
            LineageEventKind.UpdatePosted, StartOf(u.OccurredOn), u.OccurredOn, $"Point d'étape : {u.Title}",
            ActionUpdateReading.Excerpt(markdown, u.Body), SiteLinks.ActionUpdate(slug, action.ActionId, u.Id), Name(u.AuthorId))));
        events.AddRange(values.Select(v => new LineageEvent(
            LineageEventKind.ValueMeasured, StartOf(v.Value.MeasuredOn), v.Value.MeasuredOn, Measured(v.Value, v.Unit),
            MeasureDetail(v.Value, v.Name), null, Name(v.Value.RecordedById))));

        return new ActionLineageView(action.ActionId, events.OrderBy(e => e.At).ThenBy(e => e.Kind).ToList());
    }

    private static LineageEvent StatusEvent(StatusChange change, bool promoted, string? mergedIntoTitle, string? mergedIntoLink, string? byName)
    {
        var (kind, heading) = change.To switch
        {
            ActionStatus.Proposed when promoted => (LineageEventKind.Promoted, "Idée promue en action"),
            ActionStatus.Proposed => (LineageEventKind.Proposed, "Action proposée"),
            ActionStatus.UnderReview => (LineageEventKind.UnderReview, "Mise à l'examen"),
            ActionStatus.Retained => (LineageEventKind.Retained, "Retenue"),
            ActionStatus.NotRetained => (LineageEventKind.NotRetained, "Non retenue"),
            ActionStatus.Merged => (LineageEventKind.MergedInto, mergedIntoTitle is null ? "Fusionnée dans une autre action" : $"Fusionnée dans « {mergedIntoTitle} »"),
            ActionStatus.Withdrawn => (LineageEventKind.Withdrawn, "Retirée"),
            ActionStatus.Done => (LineageEventKind.Done, "Réalisée"),
            _ => (LineageEventKind.InProgress, $"En cours de réalisation{(change.ProgressPercent is { } p ? $" ({p} %)" : "")}"),
        };
        return new LineageEvent(kind, change.At, null, heading, change.Reason, kind == LineageEventKind.MergedInto ? mergedIntoLink : null, byName);
    }

    /// <summary>« 1 250 foyers mesurés le 3 mars 2026 ».</summary>
    private static string Measured(IndicatorValue value, string unit)
    {
        var amount = unit.Length == 0 ? FrenchFormat.Number(value.Value) : $"{FrenchFormat.Number(value.Value)} {unit}";
        return $"{amount} {(Math.Abs(value.Value) >= 2 ? "mesurés" : "mesuré")} le {FrenchFormat.Date(value.MeasuredOn)}";
    }

    /// <summary>The indicator, the source, and each correction (what it replaced, when, why).</summary>
    private static string MeasureDetail(IndicatorValue value, string indicatorName)
    {
        var parts = new List<string> { $"Indicateur « {indicatorName} »" };
        if (value.Source.Length > 0)
        {
            parts.Add($"source : {value.Source}");
        }

        parts.AddRange(value.Corrections.OrderBy(c => c.CorrectedAt).Select(c =>
            $"corrigée le {FrenchFormat.Date(DateOnly.FromDateTime(c.CorrectedAt.UtcDateTime))} (auparavant {FrenchFormat.Number(c.PreviousValue)} au {FrenchFormat.Date(c.PreviousMeasuredOn)}) : {c.Reason}"));
        return string.Join(" — ", parts);
    }

    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
