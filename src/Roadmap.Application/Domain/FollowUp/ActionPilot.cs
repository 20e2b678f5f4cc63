namespace Roadmap.Application.Domain.FollowUp;

/// <summary>A person named by the roadmap's managers to report on a retained action (values, points d'étape).</summary>
public sealed class ActionPilot
{
    private ActionPilot() { }

    public Guid ActionId { get; private set; }
    public Guid UserId { get; private set; }
    public DateTimeOffset NamedAt { get; private set; }

    /// <summary>Who named them (an account id kept as a fact, not a foreign key).</summary>
    public Guid? NamedById { get; private set; }

    public static ActionPilot Name(Guid actionId, Guid userId, Guid namedById, DateTimeOffset now) =>
        new() { ActionId = actionId, UserId = userId, NamedById = namedById, NamedAt = now };
}
