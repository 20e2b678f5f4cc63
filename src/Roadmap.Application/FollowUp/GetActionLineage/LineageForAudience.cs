using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;

namespace Roadmap.Application.FollowUp.GetActionLineage;

/// <summary>
/// An action's timeline as <see cref="Audience"/> sees it, oldest first: the same for every caller of that audience
/// (decision 039), the team also seeing its hidden points d'étape. Only the columns told are read. The workshop idea
/// it may come from is part of it: hiding or promoting an idea moves the public generation like any shown write
/// (<c>PublicWrites</c>), so the kept timeline never shows an idea's text once it is hidden.
/// </summary>
internal sealed record LineageForAudience(Guid ActionId, Audience Audience) : ISharedRead<IReadOnlyList<LineageEvent>>
{
    public const string Promoted = "Idée promue en action";

    public async Task<IReadOnlyList<LineageEvent>> LoadAsync(IRoadmapDbContext db, IMarkdownRenderer markdown, CancellationToken cancellationToken)
    {
        var action = await (
            from a in db.Actions.AsNoTracking()
            join r in db.Roadmaps on a.RoadmapId equals r.Id
            where a.Id == ActionId
            select new { a.MergedIntoId, r.Slug, a.History })
            .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("L'action", ActionId);
        var slug = action.Slug;
        var mergedFrom = await db.Actions.AsNoTracking().Where(a => a.MergedIntoId == ActionId)
            .Select(a => new { a.Id, a.Title, Merges = a.History.Where(h => h.To == ActionStatus.Merged).Select(h => new { h.At, h.Reason, h.ById }).ToList() })
            .ToListAsync(cancellationToken);
        var mergedInto = action.MergedIntoId is { } targetId
            ? await db.Actions.AsNoTracking().Where(a => a.Id == targetId).Select(a => a.Title).FirstOrDefaultAsync(cancellationToken)
            : null;
        var updates = await db.VisibleTo(Audience, ActionId)
            .Select(u => new { u.Id, u.Title, u.Body, u.OccurredOn, u.AuthorId })
            .ToListAsync(cancellationToken);
        var values = await db.IndicatorValues.AsNoTracking().Where(v => v.ActionId == ActionId)
            .Join(db.Indicators, v => v.IndicatorId, i => i.Id, (v, i) => new { Value = v, i.Name, i.Unit })
            .ToListAsync(cancellationToken);
        var idea = await (
            from i in db.Ideas.AsNoTracking()
            join w in db.Workshops on i.WorkshopId equals w.Id
            where i.PromotedActionId == ActionId
            select new { i.PostedAt, i.Text, Hidden = i.HiddenAt != null, WorkshopId = w.Id, WorkshopTitle = w.Title, w.StartsAt })
            .FirstOrDefaultAsync(cancellationToken);

        var peopleIds = action.History.Select(h => h.ById)
            .Concat(mergedFrom.SelectMany(m => m.Merges).Select(h => h.ById))
            .Concat(updates.Select(u => u.AuthorId))
            .Concat(values.Select(v => v.Value.RecordedById))
            .OfType<Guid>().Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => peopleIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        string? Name(Guid? id) => id is { } key && people.TryGetValue(key, out var name) ? name : null;

        var events = new List<LineageEvent>();
        events.AddRange(action.History.Select(h => StatusEvent(h, mergedInto, action.MergedIntoId is { } id ? SiteLinks.Action(slug, id) : null, Name(h.ById)))
            .Select(e => idea is not null && e.Kind == LineageEventKind.Proposed ? e with { Kind = LineageEventKind.Promoted, Heading = Promoted } : e));
        if (idea is not null)
        {
            var text = idea.Hidden ? "" : $" : « {idea.Text} »";
            events.Add(new LineageEvent(LineageEventKind.IdeaPosted, idea.PostedAt, null, $"Idée proposée dans l'atelier « {idea.WorkshopTitle} »",
                $"Atelier du {FrenchFormat.Day(idea.StartsAt)}{text}", SiteLinks.Workshop(idea.WorkshopId), null));
        }

        events.AddRange(mergedFrom.Select(m => m.Merges.OrderByDescending(h => h.At).Select(h =>
            new LineageEvent(LineageEventKind.MergedFrom, h.At, null, $"« {m.Title} » fusionnée dans cette action", h.Reason, SiteLinks.Action(slug, m.Id), Name(h.ById)))
            .FirstOrDefault()).OfType<LineageEvent>());
        events.AddRange(updates.Select(u => new LineageEvent(
            LineageEventKind.UpdatePosted, StartOf(u.OccurredOn), u.OccurredOn, $"Point d'étape : {u.Title}",
            ActionUpdateReading.Excerpt(markdown, u.Body), SiteLinks.ActionUpdate(slug, ActionId, u.Id), Name(u.AuthorId))));
        events.AddRange(values.Select(v => new LineageEvent(
            LineageEventKind.ValueMeasured, StartOf(v.Value.MeasuredOn), v.Value.MeasuredOn, Measured(v.Value, v.Unit),
            MeasureDetail(v.Value, v.Name), null, Name(v.Value.RecordedById))));
        return events.OrderBy(e => e.At).ThenBy(e => e.Kind).ToList();
    }

    private static LineageEvent StatusEvent(StatusChange change, string? mergedIntoTitle, string? mergedIntoLink, string? byName)
    {
        var (kind, heading) = change.To switch
        {
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
