using MediatR;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Following.Unsubscribe;

/// <summary>The GET page of an unsubscribe link: what it would stop, without stopping it (mail scanners follow links).</summary>
public sealed record DescribeUnsubscribe(string Token) : IQuery<UnsubscribeScope>;

internal sealed class DescribeUnsubscribeHandler(IRoadmapDbContext db, IUnsubscribeTokens tokens) : IRequestHandler<DescribeUnsubscribe, UnsubscribeScope>
{
    public async Task<UnsubscribeScope> Handle(DescribeUnsubscribe request, CancellationToken cancellationToken) =>
        UnsubscribeScope.Of(await UnsubscribeTokenReader.ReadAsync(db, tokens, request.Token, cancellationToken));
}
