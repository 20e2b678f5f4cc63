using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Mail;

namespace Roadmap.Application.Following.MailNotifications;

/// <summary>
/// What becomes of one person's pending notifications this round, from their choices: dropped, mailed
/// one by one, or put in a digest whose period has begun. The rest wait for their digest.
/// </summary>
internal sealed class MailPlan
{
    public List<Notification> Dropped { get; } = [];
    public List<(Notification Notification, MailTopic Topic)> Immediate { get; } = [];
    public List<Notification> Daily { get; } = [];
    public List<Notification> Weekly { get; } = [];

    public static MailPlan For(
        IEnumerable<Notification> pending, IReadOnlyDictionary<MailTopic, MailFrequency> choices, bool canMail, DigestPeriod daily, DigestPeriod weekly)
    {
        var plan = new MailPlan();
        foreach (var notification in pending)
        {
            var topic = MailTopics.Of(notification.Kind);
            var frequency = choices.GetValueOrDefault(topic, MailFrequency.Daily);

            // Read on the site already: it is no news any more.
            if (!canMail || frequency == MailFrequency.Never || notification.ReadAt is not null)
            {
                plan.Dropped.Add(notification);
            }
            else if (frequency == MailFrequency.Immediately)
            {
                plan.Immediate.Add((notification, topic));
            }
            else if (frequency == MailFrequency.Daily && notification.CreatedAt < daily.Start)
            {
                plan.Daily.Add(notification);
            }
            else if (frequency == MailFrequency.Weekly && notification.CreatedAt < weekly.Start)
            {
                plan.Weekly.Add(notification);
            }
        }

        return plan;
    }
}
