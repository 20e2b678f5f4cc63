using Roadmap.Application.Common;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Workshops.Screen;

/// <summary>One bar of a results chart: its label, its count in words (« 3 votes »), its share of the total in percent.</summary>
public sealed record PollChartRow(string Label, int Count, string CountText, int Share);

/// <summary>
/// The bars of a poll's results, computed as workshop-screen.js computes them: choices share the
/// voters (so multiple-choice shares may add up to more than 100 %), dot-voting shares the points
/// given, a scale shows how many gave each note from 1 to 5.
/// </summary>
public static class PollChartRows
{
    public static IReadOnlyList<PollChartRow> Of(PollView poll, PollTally results)
    {
        if (poll.Kind == PollKind.Scale)
        {
            var distribution = results.Scale?.Distribution ?? [0, 0, 0, 0, 0];
            return [.. distribution.Select((count, i) => Row($"Note {i + 1}", count, results.Ballots, "vote", "votes"))];
        }

        var counts = poll.Options
            .OrderBy(o => o.Position)
            .Select(o => (o.Text, Tally: results.Options.FirstOrDefault(t => t.OptionId == o.Id)))
            .Select(o => (o.Text, Count: poll.Kind == PollKind.DotVoting ? o.Tally?.Points ?? 0 : o.Tally?.Votes ?? 0))
            .ToList();
        return poll.Kind == PollKind.DotVoting
            ? [.. counts.Select(c => Row(c.Text, c.Count, counts.Sum(x => x.Count), "point", "points"))]
            : [.. counts.Select(c => Row(c.Text, c.Count, results.Ballots, "vote", "votes"))];
    }

    /// <summary>« 3,4 sur 5 », or null before the first vote.</summary>
    public static string? Average(PollTally results) =>
        results.Scale?.Average is { } average ? $"{FrenchFormat.OneDecimal(average)} sur 5" : null;

    private static PollChartRow Row(string label, int count, int total, string singular, string plural)
    {
        var share = total == 0 ? 0 : (int)Math.Round(count * 100.0 / total, MidpointRounding.AwayFromZero);
        return new PollChartRow(label, count, $"{count} {Plural.Of(count, singular, plural)}", share);
    }
}
