namespace Roadmap.Application.Domain.Workshops;

/// <summary>Someone signed up for a scheduled workshop: they get its invitation, the reminder, the minutes or its cancellation by mail.</summary>
public sealed class WorkshopRegistration
{
    private WorkshopRegistration() { }

    public Guid WorkshopId { get; private set; }
    public Guid UserId { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }

    public static WorkshopRegistration Register(Guid workshopId, Guid userId, DateTimeOffset now) =>
        new() { WorkshopId = workshopId, UserId = userId, RegisteredAt = now };
}
