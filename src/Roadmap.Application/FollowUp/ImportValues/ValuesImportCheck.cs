using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;

namespace Roadmap.Application.FollowUp.ImportValues;

/// <summary>
/// Checks every line of a values file against the roadmap, shared by the preview and the import so that
/// both say the same: the indicator exists, belongs to this roadmap, its action is followed up and the
/// caller may report on it; the date and number read; no date twice for an indicator, in the file or
/// already recorded; the value's own rules (<see cref="IndicatorValue.Record"/>).
/// </summary>
internal static class ValuesImportCheck
{
    public const string NotAReporter = "Seuls les pilotes d'actions de cette feuille de route et ses gestionnaires peuvent importer des valeurs.";

    public sealed record Checked(ValuesImportPreview Preview, Guid RoadmapId, IReadOnlyList<RoadmapAction> Actions, IReadOnlyList<IndicatorValue> Values);

    public static async Task<Checked> CheckAsync(IRoadmapDbContext db, ICurrentUser user, string roadmapSlug, string content, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var userId = user.RequireId();
        var (roadmap, manages, piloted) = await AccessAsync(db, user, roadmapSlug, cancellationToken);
        if (!manages && piloted.Count == 0)
        {
            throw new ForbiddenException(NotAReporter);
        }

        var lines = ValuesCsv.Read(content);
        var ids = lines.Select(l => Guid.TryParse(l.Indicator, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        var actionIds = await db.Indicators.Where(i => ids.Contains(i.Id)).Select(i => i.ActionId).Distinct().ToListAsync(cancellationToken);
        var actions = await db.Actions.Where(a => actionIds.Contains(a.Id)).ToListAsync(cancellationToken);
        var indicators = actions.SelectMany(a => a.Indicators.Select(i => (Indicator: i, Action: a))).ToDictionary(x => x.Indicator.Id);
        var recorded = (await db.IndicatorValues.Where(v => ids.Contains(v.IndicatorId)).Select(v => new { v.IndicatorId, v.MeasuredOn }).ToListAsync(cancellationToken))
            .Select(v => (v.IndicatorId, v.MeasuredOn)).ToHashSet();

        var seen = new Dictionary<(Guid, DateOnly), int>();
        var read = new List<ValuesImportLine>();
        var values = new List<IndicatorValue>();
        var errors = new List<string>();
        foreach (var line in lines)
        {
            var problem = Problem(line, out var measured);
            if (problem is null && measured is { } m)
            {
                seen[(m.Indicator.Id, m.Value.MeasuredOn)] = line.Line;
                values.Add(m.Value);
                read.Add(new ValuesImportLine(line.Line, m.Indicator.Id, m.Indicator.Name, m.Indicator.Unit, m.Action.Id, m.Action.Title,
                    m.Value.MeasuredOn, m.Value.Value, m.Value.Source, m.Value.Comment));
            }
            else
            {
                errors.Add($"Ligne {line.Line} : {problem}.");
            }
        }

        var used = values.Select(v => v.ActionId).ToHashSet();
        return new Checked(new ValuesImportPreview(roadmap.Slug, roadmap.Title, read, errors), roadmap.Id, actions.Where(a => used.Contains(a.Id)).ToList(), values);

        string? Problem(ValuesCsv.RawLine line, out (ActionIndicator Indicator, RoadmapAction Action, IndicatorValue Value)? measured)
        {
            measured = null;
            if (!Guid.TryParse(line.Indicator, out var indicatorId))
            {
                return line.Indicator.Length == 0
                    ? "l'identifiant de l'indicateur manque"
                    : $"« {ValuesCsv.Quote(line.Indicator)} » n'est pas un identifiant d'indicateur (voir le jeu de données « indicateurs »)";
            }

            if (ValuesCsv.ReadDate(line.Date, out var dateProblem) is not { } on)
            {
                return line.Date.Length == 0 ? "la date manque" : dateProblem;
            }

            if (ValuesCsv.ReadNumber(line.Value) is not { } number)
            {
                return line.Value.Length == 0 ? "la valeur manque" : $"la valeur « {ValuesCsv.Quote(line.Value)} » n'est pas un nombre";
            }

            if (!indicators.TryGetValue(indicatorId, out var found) || (found.Action.IsHidden && !manages))
            {
                return $"aucun indicateur n'a l'identifiant {indicatorId}";
            }

            var (indicator, action) = found;
            if (action.RoadmapId != roadmap.Id)
            {
                return $"l'indicateur « {indicator.Name} » appartient à une autre feuille de route";
            }

            if (!action.IsFollowedUp)
            {
                return $"l'action « {action.Title} » n'est pas suivie : le suivi commence quand elle est retenue";
            }

            if (!manages && !piloted.Contains(action.Id))
            {
                return $"vous n'êtes pas pilote de l'action « {action.Title} »";
            }

            if (seen.TryGetValue((indicatorId, on), out var earlier))
            {
                return $"la ligne {earlier} donne déjà une valeur à « {indicator.Name} » le {FrenchFormat.Date(on)}";
            }

            if (recorded.Contains((indicatorId, on)))
            {
                return $"« {indicator.Name} » a déjà une valeur le {FrenchFormat.Date(on)} : corrigez-la sur la page des indicateurs de l'action";
            }

            try
            {
                measured = (indicator, action, IndicatorValue.Record(indicator, on, number, line.Source, line.Comment, userId, now));
                return null;
            }
            catch (DomainRuleException refused)
            {
                return char.ToLowerInvariant(refused.Message[0]) + refused.Message[1..].TrimEnd('.');
            }
        }
    }

    /// <summary>The roadmap, whether the caller manages it, and the actions of it they pilot.</summary>
    public static async Task<(Roadmap Roadmap, bool Manages, IReadOnlyList<Guid> Piloted)> AccessAsync(
        IRoadmapDbContext db, ICurrentUser user, string roadmapSlug, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.AsNoTracking().Where(r => r.Slug == roadmapSlug).Select(r => new Roadmap(r.Id, r.Slug, r.Title)).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("La feuille de route", roadmapSlug);
        var manages = await db.CanManageAsync(user, roadmap.Id, cancellationToken);
        var piloted = user.Id is { } userId
            ? await db.Pilots.Where(p => p.UserId == userId)
                .Join(db.Actions.Where(a => a.RoadmapId == roadmap.Id), p => p.ActionId, a => a.Id, (p, a) => p.ActionId).ToListAsync(cancellationToken)
            : [];
        return (roadmap, manages, piloted);
    }

    public sealed record Roadmap(Guid Id, string Slug, string Title);
}
