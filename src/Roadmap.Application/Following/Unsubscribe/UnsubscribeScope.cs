using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Following.MailPreferences;

namespace Roadmap.Application.Following.Unsubscribe;

/// <summary>What an unsubscribe link stops, to show before and after.</summary>
public sealed record UnsubscribeScope(MailTopic? Topic, string What)
{
    internal static UnsubscribeScope Of(UnsubscribeToken token) => new(token.Topic,
        token.Topic is { } topic ? $"les courriels « {MailTopicNames.Label(topic)} »" : "tous les courriels de notification et les résumés");
}
