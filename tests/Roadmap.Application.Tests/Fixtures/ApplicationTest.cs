namespace Roadmap.Application.Tests.Fixtures;

/// <summary>
/// The base of an Application test class: xunit makes one instance per test, so each test gets a
/// fresh <see cref="Host"/> (on a frozen clock if asked), arranged by <see cref="ArrangeAsync"/> and
/// disposed afterwards (after <see cref="CleanUpAsync"/>). A test file then states only the data it needs.
/// With <paramref name="sharedReads"/>, the host keeps shared reads as the web app does (decision 039).
/// </summary>
public abstract class ApplicationTest(bool frozenClock = false, bool sharedReads = false) : IAsyncLifetime
{
    private protected ApplicationHost Host { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Host = frozenClock ? await ApplicationHost.StartFrozenAsync(sharedReads) : await ApplicationHost.StartAsync(sharedReads);
        await ArrangeAsync();
    }

    public async Task DisposeAsync()
    {
        await CleanUpAsync();
        await Host.DisposeAsync();
    }

    /// <summary>What every test of the class starts from (nothing unless overridden).</summary>
    protected virtual Task ArrangeAsync() => Task.CompletedTask;

    /// <summary>What the class releases before the host goes (nothing unless overridden).</summary>
    protected virtual Task CleanUpAsync() => Task.CompletedTask;
}
