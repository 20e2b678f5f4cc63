using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Hubs.Support;

/// <summary>
/// Like <see cref="HubAppFixture"/>, with a minute between two results to a poll's earlier voters
/// (<c>SignalR:VoterResultsMilliseconds</c>): within a test, those voters get nothing more until the close.
/// </summary>
public sealed class SlowVoterPaceHubAppFixture() : HubAppFixture(new RoadmapWebFactory(settings: new Dictionary<string, string?>
{
    ["SignalR:VoterResultsMilliseconds"] = "60000",
}));
