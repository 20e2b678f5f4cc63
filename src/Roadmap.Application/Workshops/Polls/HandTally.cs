using Roadmap.Application.Common;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.Polls;

/// <summary>
/// What the facilitator counted in the room (show of hands or paper), per option: voices, or points for
/// dot-voting. Shown beside the online ballots, never added to them; its <see cref="Bars"/> share the
/// room's own total. Public like any count made aloud in a room, so no secrecy split applies.
/// </summary>
public sealed record HandTally(PollKind Kind, DateTimeOffset CountedAt, IReadOnlyList<OptionHands> Options)
{
    public int Total => Options.Sum(o => o.Count);

    /// <summary>« Décompte de la salle (main levée ou papier), saisi à 14h05 : 23 voix ».</summary>
    public string Summary => $"Décompte de la salle (main levée ou papier), saisi à {FrenchFormat.Time(CountedAt)} : {Total} {Unit(Total)}";

    public IReadOnlyList<ResultBar> Bars => [.. Options.Select(o => ResultBar.Counted(o.OptionId, o.Count, Total, Unit(o.Count)))];

    /// <summary>The counts of a poll, or null while nobody has entered any.</summary>
    internal static HandTally? Of(Poll poll) => poll.HandCountedAt is { } at
        ? new HandTally(poll.Kind, at, [.. poll.Options.OrderBy(o => o.Position).Select(o => new OptionHands(o.Id, o.HandCount ?? 0))])
        : null;

    private string Unit(int count) => Kind == PollKind.DotVoting ? Plural.Of(count, "point", "points") : "voix";
}

public sealed record OptionHands(Guid OptionId, int Count);
