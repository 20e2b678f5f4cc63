namespace Roadmap.E2E.Tests.Support;

/// <summary>Journeys on a new Production instance: their own app (no demo), apart from the demo journeys.</summary>
[CollectionDefinition(Name)]
public sealed class FreshInstanceJourneys : ICollectionFixture<ProductionAppFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "Instance neuve en production";
}
