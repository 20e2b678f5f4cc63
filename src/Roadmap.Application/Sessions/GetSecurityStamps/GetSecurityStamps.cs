using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Sessions.GetSecurityStamps;

/// <summary>
/// The accounts' current security stamps, in one query; a deleted account is absent. The web edge
/// compares them with the stamp a bearer token or a hub connection carries
/// (docs/decisions/009-session-lifetime.md).
/// </summary>
public sealed record GetSecurityStamps(IReadOnlyCollection<Guid> UserIds) : IQuery<IReadOnlyDictionary<Guid, string?>>;

internal sealed class GetSecurityStampsHandler(IRoadmapDbContext db) : IRequestHandler<GetSecurityStamps, IReadOnlyDictionary<Guid, string?>>
{
    public async Task<IReadOnlyDictionary<Guid, string?>> Handle(GetSecurityStamps request, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(u => request.UserIds.Contains(u.Id))
            .Select(u => new { u.Id, u.SecurityStamp })
            .ToDictionaryAsync(u => u.Id, u => u.SecurityStamp, cancellationToken);
}
