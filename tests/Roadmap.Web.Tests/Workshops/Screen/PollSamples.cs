using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Polls;

namespace Roadmap.Web.Tests.Workshops.Screen;

/// <summary>Open polls with given results, as the hub describes them.</summary>
internal static class PollSamples
{
    public const string Question = "Faut-il prioriser cette action ?";

    private static readonly Guid WorkshopId = Guid.NewGuid();

    public static PollView Choices(PollKind kind, int ballots, params (string Text, int Votes, int Points)[] options)
    {
        var pollId = Guid.NewGuid();
        var views = options.Select((o, i) => new PollOptionView(Guid.NewGuid(), i + 1, o.Text, null)).ToList();
        var tallies = views.Zip(options, (v, o) => new OptionTally(v.Id, o.Votes, o.Points)).ToList();
        return Poll(pollId, kind, views, new PollTally(pollId, WorkshopId, kind, ballots, ballots, 0, true, tallies, null, [], false));
    }

    public static PollView Scale(int[] distribution, double? average)
    {
        var pollId = Guid.NewGuid();
        return Poll(pollId, PollKind.Scale, [], new PollTally(pollId, WorkshopId, PollKind.Scale, distribution.Sum(), distribution.Sum(), 0, true, [], new ScaleTally(average, distribution), [], false));
    }

    private static PollView Poll(Guid pollId, PollKind kind, IReadOnlyList<PollOptionView> options, PollTally results) =>
        new(pollId, WorkshopId, kind, Question, options, kind == PollKind.MultipleChoice ? 2 : 1, kind == PollKind.DotVoting ? 10 : 0,
            true, null, DateTimeOffset.UtcNow, null, null, true, results, false, null);
}
