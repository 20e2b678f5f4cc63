namespace Roadmap.Demo.Writers;

/// <summary>The moment the demo says each request happened, so that the use cases date their rows in the past.</summary>
internal sealed class DemoClock(DateTimeOffset today) : TimeProvider
{
    private DateTimeOffset _at = today;

    /// <summary>The seeding moment: the demo's « today ».</summary>
    public DateTimeOffset Today { get; } = today;

    public override DateTimeOffset GetUtcNow() => _at;

    /// <summary>Moves to <paramref name="at"/>, never past the seeding moment.</summary>
    public void Set(DateTimeOffset at) => _at = at < Today ? at : Today;
}
