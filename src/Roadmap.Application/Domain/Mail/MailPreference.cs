namespace Roadmap.Application.Domain.Mail;

/// <summary>A person's choice for one <see cref="MailTopic"/>. No row means <see cref="MailFrequency.Daily"/>.</summary>
public sealed class MailPreference
{
    private MailPreference() { }

    public Guid UserId { get; private set; }
    public MailTopic Topic { get; private set; }
    public MailFrequency Frequency { get; private set; }
    public DateTimeOffset ChangedAt { get; private set; }

    public static MailPreference Choose(Guid userId, MailTopic topic, MailFrequency frequency, DateTimeOffset now) =>
        new() { UserId = userId, Topic = topic, Frequency = frequency, ChangedAt = now };

    public void Change(MailFrequency frequency, DateTimeOffset now)
    {
        if (Frequency != frequency)
        {
            Frequency = frequency;
            ChangedAt = now;
        }
    }
}
