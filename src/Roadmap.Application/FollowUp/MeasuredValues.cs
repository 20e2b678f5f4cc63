using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;

namespace Roadmap.Application.FollowUp;

/// <summary>What the value use cases share: finding an indicator with its action, the « already measured » refusal, and what follows a change of values.</summary>
internal static class MeasuredValues
{
    public static string AlreadyMeasured(DateOnly on) => $"Une valeur existe déjà pour le {FrenchFormat.Date(on)} : corrigez-la.";

    public static async Task<(ActionIndicator Indicator, RoadmapAction Action)> FindIndicatorAsync(this IRoadmapDbContext db, Guid indicatorId, CancellationToken cancellationToken)
    {
        var actionId = await db.Indicators.Where(i => i.Id == indicatorId).Select(i => (Guid?)i.ActionId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("L'indicateur", indicatorId);
        var action = await db.Actions.FirstAsync(a => a.Id == actionId, cancellationToken);
        return (action.Indicators.Single(i => i.Id == indicatorId), action);
    }

    public static Task<bool> IsMeasuredOnAsync(this IRoadmapDbContext db, Guid indicatorId, DateOnly on, Guid? otherThan, CancellationToken cancellationToken) =>
        db.IndicatorValues.AnyAsync(v => v.IndicatorId == indicatorId && v.MeasuredOn == on && v.Id != otherThan, cancellationToken);

    /// <summary>
    /// Saves, turning the unique (indicator, date) index's refusal into the French conflict when a crossing
    /// request measured the same date first; then repeats each indicator's latest value and derives the
    /// actions' progress from the saved values.
    /// </summary>
    public static async Task SaveValuesAsync(
        this IRoadmapDbContext db, IReadOnlyCollection<RoadmapAction> actions, IReadOnlyList<IndicatorValue> changed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            foreach (var value in changed)
            {
                if (await db.IndicatorValues.AsNoTracking().AnyAsync(v => v.IndicatorId == value.IndicatorId && v.MeasuredOn == value.MeasuredOn && v.Id != value.Id, cancellationToken))
                {
                    throw new ConflictException(AlreadyMeasured(value.MeasuredOn));
                }
            }

            throw;
        }

        var actionIds = actions.Select(a => a.Id).ToList();
        var latest = (await db.IndicatorValues.AsNoTracking().Where(v => actionIds.Contains(v.ActionId))
            .Select(v => new { v.IndicatorId, v.MeasuredOn, v.Value }).ToListAsync(cancellationToken))
            .GroupBy(v => v.IndicatorId)
            .ToDictionary(g => g.Key, g => g.MaxBy(v => v.MeasuredOn)!);
        foreach (var action in actions)
        {
            foreach (var indicator in action.Indicators)
            {
                var last = latest.GetValueOrDefault(indicator.Id);
                indicator.ShowLatest(last?.Value, last?.MeasuredOn);
            }

            action.DeriveProgress(await IndicatorProgresses.ForActionAsync(db, action, cancellationToken), now);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
