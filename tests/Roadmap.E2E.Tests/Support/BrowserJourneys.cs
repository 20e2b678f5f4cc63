namespace Roadmap.E2E.Tests.Support;

/// <summary>Journeys share one app and one browser: starting either takes seconds.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserJourneys : ICollectionFixture<KestrelAppFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "Parcours navigateur";
}
