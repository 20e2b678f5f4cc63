using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Mediation;

/// <summary>Whether the caller holds a mediator grant (for the menu entry); false for an anonymous visitor.</summary>
public sealed record IsMediator : IQuery<bool>;

internal sealed class IsMediatorHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<IsMediator, bool>
{
    public async Task<bool> Handle(IsMediator request, CancellationToken cancellationToken) =>
        user.Id is { } id && await db.MediatorGrants.AnyAsync(g => g.UserId == id, cancellationToken);
}
