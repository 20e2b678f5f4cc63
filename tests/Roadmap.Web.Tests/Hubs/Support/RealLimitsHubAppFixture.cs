using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Hubs.Support;

/// <summary>Like <see cref="HubAppFixture"/>, with the real default rate limits: for the attack tests.</summary>
public sealed class RealLimitsHubAppFixture() : HubAppFixture(new RoadmapWebFactory { RealLimits = true });
