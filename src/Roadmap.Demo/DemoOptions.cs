namespace Roadmap.Demo;

/// <summary>The <c>Demo</c> section: the demo accounts' shared password (Development only).</summary>
internal sealed class DemoOptions
{
    public const string Section = "Demo";

    public string Password { get; set; } = "";
}
