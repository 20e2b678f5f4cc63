using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Following.Unsubscribe;

internal static class UnsubscribeTokenReader
{
    /// <summary>A forged or damaged token, or one whose account is gone, is « not found » (never the token itself in a message).</summary>
    public static async Task<UnsubscribeToken> ReadAsync(IRoadmapDbContext db, IUnsubscribeTokens tokens, string token, CancellationToken cancellationToken) =>
        tokens.Read(token) is { } read && await db.Users.AnyAsync(u => u.Id == read.UserId, cancellationToken)
            ? read
            : throw new NotFoundException("Le lien de désabonnement", "reçu");
}
