using Roadmap.Application.Domain.Mail;

namespace Roadmap.Application.Following.MailPreferences;

/// <summary>How often a person wants mail about one topic.</summary>
public sealed record MailTopicChoice(MailTopic Topic, MailFrequency Frequency);
