namespace Roadmap.Demo.Content;

/// <summary>What goes into one demo roadmap once its axes exist.</summary>
/// <param name="Supporters">Emails of the accounts that support its actions, taken in turn.</param>
internal sealed record DemoRoadmapContent(
    IReadOnlyList<DemoAction> Actions,
    IReadOnlyList<DemoEndorsement> Endorsements,
    IReadOnlyList<DemoThread> Threads,
    IReadOnlyList<string> Supporters);
