using Roadmap.Application.Domain.Actions;

namespace Roadmap.Demo.Content;

/// <summary>Where the facilitators have taken an action so far, with the public reason they gave.</summary>
internal sealed record DemoOutcome(ActionStatus Status, string Reason, int Percent = 0, string? MergeIntoKey = null)
{
    public static DemoOutcome StaysProposed { get; } = new(ActionStatus.Proposed, "");

    public static DemoOutcome UnderReview(string reason) => new(ActionStatus.UnderReview, reason);

    public static DemoOutcome Retained(string reason) => new(ActionStatus.Retained, reason);

    public static DemoOutcome NotRetained(string reason) => new(ActionStatus.NotRetained, reason);

    public static DemoOutcome MergedInto(string targetKey, string reason) => new(ActionStatus.Merged, reason, MergeIntoKey: targetKey);

    public static DemoOutcome InProgress(int percent, string reason) => new(ActionStatus.InProgress, reason, percent);

    public static DemoOutcome Done(string reason) => new(ActionStatus.Done, reason, 100);
}
