namespace Roadmap.Application.Domain.Mail;

/// <summary>How often a person wants mail about a <see cref="MailTopic"/>; <see cref="Daily"/> when they never said.</summary>
public enum MailFrequency
{
    Daily = 0,
    Immediately = 1,
    Weekly = 2,
    Never = 3,
}
