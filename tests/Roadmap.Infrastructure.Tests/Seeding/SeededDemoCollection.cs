namespace Roadmap.Infrastructure.Tests.Seeding;

/// <summary>The read-only demo tests share one seeded database: seeding through the use cases takes seconds.</summary>
[CollectionDefinition(Name)]
public sealed class SeededDemoCollection : ICollectionFixture<DemoSeederTests.SeededDatabase>
{
    public const string Name = "Seeded demo database";
}
