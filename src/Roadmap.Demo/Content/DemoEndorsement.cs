namespace Roadmap.Demo.Content;

/// <summary>A co-signature of an action by the collectivity of a demo elected official.</summary>
internal sealed record DemoEndorsement(string ActionKey, string Official);
