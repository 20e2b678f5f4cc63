using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;

namespace Roadmap.Application.FollowUp.ListIndicatorValues;

/// <summary>Reads the values of an action's indicators, for <see cref="ListIndicatorValues"/> and the action's indicators page.</summary>
internal static class IndicatorValuesQuery
{
    public static async Task<IReadOnlyList<IndicatorValues>> LoadAsync(IRoadmapDbContext db, RoadmapAction action, Guid? onlyIndicatorId, CancellationToken cancellationToken)
    {
        var values = await db.IndicatorValues.AsNoTracking()
            .Where(v => v.ActionId == action.Id && (onlyIndicatorId == null || v.IndicatorId == onlyIndicatorId))
            .ToListAsync(cancellationToken);
        var peopleIds = values.Select(v => v.RecordedById).Concat(values.SelectMany(v => v.Corrections.Select(c => c.CorrectedById))).OfType<Guid>().Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => peopleIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        string Name(Guid? id) => id is { } key && people.TryGetValue(key, out var name) ? name : ParticipantNames.Deleted;

        return action.Indicators.Where(i => onlyIndicatorId is null || i.Id == onlyIndicatorId).Select(indicator =>
        {
            var measured = values.Where(v => v.IndicatorId == indicator.Id).OrderByDescending(v => v.MeasuredOn).ToList();
            var first = measured.LastOrDefault();
            return new IndicatorValues(
                indicator.Id, action.Id, indicator.Name, indicator.Unit,
                IndicatorProgress.Of(indicator, action.RetainedOn, first?.Value, first?.MeasuredOn), indicator.DueOn,
                measured.Select(v => new MeasuredValue(
                    v.Id, v.MeasuredOn, v.Value, v.Source, v.Comment, Name(v.RecordedById), v.RecordedAt,
                    v.Corrections.OrderByDescending(c => c.CorrectedAt).Select(c => new MeasuredValueCorrection(
                        c.CorrectedAt, Name(c.CorrectedById), c.Reason, c.PreviousMeasuredOn, c.PreviousValue, c.PreviousSource, c.PreviousComment)).ToList()))
                .ToList());
        }).ToList();
    }
}
