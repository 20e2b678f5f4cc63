using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Hubs.Support;

/// <summary>
/// Like <see cref="HubAppFixture"/>, with <see cref="Cap"/> open hub connections per address: the cap's rule needs a
/// handful of WebSockets, not the two hundred of the default, which a loaded CI machine was once too slow to open.
/// </summary>
public sealed class SmallConnectionCapHubAppFixture() : HubAppFixture(new RoadmapWebFactory(settings: new Dictionary<string, string?>
{
    ["RateLimits:HubConnectionsPerAddress"] = Cap.ToString(System.Globalization.CultureInfo.InvariantCulture),
}))
{
    public const int Cap = 3;
}
