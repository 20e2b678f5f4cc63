using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Transactions;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Following.MailPreferences;

namespace Roadmap.Application.Following.Unsubscribe;

/// <summary>
/// One-click unsubscribe (RFC 8058): anyone holding the link from the mail stops what it names, without
/// a session. Sets the topic (or every topic) to never; sending it twice changes nothing more.
/// </summary>
[OwnTransaction("the token is opened before the write: opening it may first write the Data Protection key ring, which on SQLite would wait for this transaction's gate")]
public sealed record Unsubscribe(string Token) : IRequest<UnsubscribeScope>;

internal sealed class UnsubscribeHandler(IRoadmapDbContext db, IUnsubscribeTokens tokens, TimeProvider clock, AfterCommit afterCommit) : IRequestHandler<Unsubscribe, UnsubscribeScope>
{
    public async Task<UnsubscribeScope> Handle(Unsubscribe request, CancellationToken cancellationToken)
    {
        var token = await UnsubscribeTokenReader.ReadAsync(db, tokens, request.Token, cancellationToken);
        var topics = token.Topic is { } topic ? [topic] : Enum.GetValues<MailTopic>();
        await afterCommit.InTransactionAsync(
            db,
            async ct =>
            {
                await MailPreferenceWriter.ChooseAsync(db, token.UserId, topics.Select(t => new MailTopicChoice(t, MailFrequency.Never)), clock.GetUtcNow(), ct);
                return await db.SaveChangesAsync(ct);
            },
            cancellationToken);
        return UnsubscribeScope.Of(token);
    }
}
