using Roadmap.E2E.Tests.Support;

namespace Roadmap.E2E.Tests.Deployment;

/// <summary>The smoke journey through nginx in front of two published nodes (issue 14).</summary>
[CollectionDefinition(Name)]
public sealed class TwoNodesJourneys : ICollectionFixture<TwoNodesBehindNginx>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "Deux nœuds derrière nginx";
}
