namespace Roadmap.Demo.Writers;

/// <summary>An action the demo proposed: its id, and when, which places what happens to it next.</summary>
internal sealed record DemoProposal(Guid Id, DateTimeOffset ProposedAt);
