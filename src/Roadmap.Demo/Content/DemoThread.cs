namespace Roadmap.Demo.Content;

/// <summary>A discussion opened under an action of the demo.</summary>
internal sealed record DemoThread(string ActionKey, DemoComment Opening);
