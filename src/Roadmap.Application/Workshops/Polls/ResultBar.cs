using Roadmap.Application.Common;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.Polls;

/// <summary>
/// One bar of a poll's results as every page and script draws it: <see cref="OptionId"/> names the
/// option (its text is the label), or <see cref="Label"/> is « Note 3 » on a scale;
/// <see cref="CountText"/> is « 3 votes » or « 12 points »; <see cref="Share"/> is its percentage.
/// </summary>
public sealed record ResultBar(Guid? OptionId, string? Label, int Count, string CountText, int Share)
{
    /// <summary>
    /// Choices share the voters (so multiple-choice shares may add up to more than 100 %), dot-voting
    /// shares the points given, a scale shows how many gave each note.
    /// </summary>
    internal static IReadOnlyList<ResultBar> Of(PollTally tally)
    {
        if (tally.Kind == PollKind.Scale)
        {
            var distribution = tally.Scale?.Distribution ?? new int[Poll.ScaleMax - Poll.ScaleMin + 1];
            return [.. distribution.Select((count, i) => Bar(null, $"Note {i + Poll.ScaleMin}", count, tally.Ballots, "vote", "votes"))];
        }

        if (tally.Kind == PollKind.DotVoting)
        {
            var points = tally.Options.Sum(o => o.Points);
            return [.. tally.Options.Select(o => Bar(o.OptionId, null, o.Points, points, "point", "points"))];
        }

        return [.. tally.Options.Select(o => Bar(o.OptionId, null, o.Votes, tally.Ballots, "vote", "votes"))];
    }

    /// <summary>A bar of the room's count (<see cref="HandTally"/>): <paramref name="unit"/> is already agreed with the count.</summary>
    internal static ResultBar Counted(Guid optionId, int count, int total, string unit) =>
        new(optionId, null, count, $"{count} {unit}", PercentOf(count, total));

    private static int PercentOf(int count, int total) => total == 0 ? 0 : (int)Math.Round(count * 100.0 / total, MidpointRounding.AwayFromZero);

    private static ResultBar Bar(Guid? optionId, string? label, int count, int total, string singular, string plural)
    {
        return new ResultBar(optionId, label, count, $"{count} {Plural.Of(count, singular, plural)}", PercentOf(count, total));
    }
}
