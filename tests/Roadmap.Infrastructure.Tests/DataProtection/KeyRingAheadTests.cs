using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Roadmap.Infrastructure.DataProtection;
using Roadmap.Infrastructure.Tests.Support;

namespace Roadmap.Infrastructure.Tests.DataProtection;

/// <summary>No request has to write a data-protection key: start-up writes the first, maintenance the next ahead of time.</summary>
public sealed class KeyRingAheadTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync() => _database.PrepareAsync(seedDemo: false);

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    [Fact]
    public void StartUpLeavesAKeyThatIsActiveNowAndLastsBeyondTheLead()
    {
        var key = Assert.Single(Keys());
        var now = DateTimeOffset.UtcNow;

        Assert.True(key.ActivationDate <= now);
        Assert.True(key.ExpirationDate - now > KeyRingAhead.Lead);
        Assert.False(Ahead(now).Ensure());
        Assert.Single(Keys());
    }

    [Fact]
    public void NearTheRingsEndTheSuccessorIsCreatedOnceAndTakesOverExactlyThen()
    {
        var first = Assert.Single(Keys());
        var later = first.ExpirationDate - KeyRingAhead.Lead + TimeSpan.FromHours(1);

        Assert.True(Ahead(later).Ensure());
        Assert.False(Ahead(later).Ensure());

        var successor = Assert.Single(Keys(), k => k.KeyId != first.KeyId);
        Assert.Equal(first.ExpirationDate, successor.ActivationDate);
        Assert.True(successor.ExpirationDate - successor.ActivationDate >= TimeSpan.FromDays(90));
    }

    [Fact]
    public void AfterEveryKeyExpiredTheNextOneIsActiveAtOnce()
    {
        var expired = Assert.Single(Keys()).ExpirationDate + TimeSpan.FromDays(1);

        Assert.True(Ahead(expired).Ensure());

        Assert.Contains(Keys(), k => k.ActivationDate == expired);
    }

    private IReadOnlyCollection<IKey> Keys() => _database.Services.GetRequiredService<IKeyManager>().GetAllKeys();

    private KeyRingAhead Ahead(DateTimeOffset now) => new(
        _database.Services.GetRequiredService<IKeyManager>(),
        _database.Services.GetRequiredService<IOptions<KeyManagementOptions>>(),
        new StoppedClock(now));

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
