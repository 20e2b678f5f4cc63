using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Roadmap.Web.Realtime;

/// <summary>
/// This node's hub connections opened by a signed-in account, with the security stamp they were
/// authenticated with, so that <see cref="SessionSweeper"/> can close those whose session ended.
/// </summary>
internal sealed class SignedInConnections(IOptions<IdentityOptions> identity)
{
    private readonly ConcurrentDictionary<string, (HubCallerContext Context, Guid UserId, string Stamp)> _connections = new(StringComparer.Ordinal);

    public void Add(HubCallerContext context)
    {
        var claims = identity.Value.ClaimsIdentity;
        if (context.User is { Identity.IsAuthenticated: true } user
            && Guid.TryParse(user.FindFirstValue(claims.UserIdClaimType), out var userId)
            && user.FindFirstValue(claims.SecurityStampClaimType) is { } stamp)
        {
            _connections[context.ConnectionId] = (context, userId, stamp);
        }
    }

    public void Remove(HubCallerContext context) => _connections.TryRemove(context.ConnectionId, out _);

    public IReadOnlyList<(HubCallerContext Context, Guid UserId, string Stamp)> Snapshot() => [.. _connections.Values];
}
