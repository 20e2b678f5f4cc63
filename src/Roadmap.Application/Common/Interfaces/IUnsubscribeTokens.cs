using Roadmap.Application.Domain.Mail;

namespace Roadmap.Application.Common.Interfaces;

/// <summary>
/// The secret part of a one-click unsubscribe link (RFC 8058): it names a person and a topic (or all
/// of them, for a digest) and cannot be forged, so the link works without a session.
/// </summary>
public interface IUnsubscribeTokens
{
    /// <param name="topic">The topic to stop; null for every topic.</param>
    string Create(Guid userId, MailTopic? topic);

    /// <summary>What the token stops, or null when it was not made here (tampered, truncated, made up).</summary>
    UnsubscribeToken? Read(string token);
}

/// <summary>Whom and what an unsubscribe link stops; <see cref="Topic"/> null means every topic.</summary>
public sealed record UnsubscribeToken(Guid UserId, MailTopic? Topic);
