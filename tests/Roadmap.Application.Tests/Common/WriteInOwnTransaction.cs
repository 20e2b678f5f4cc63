using MediatR;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Transactions;
using Roadmap.Application.Domain.Organisations;

namespace Roadmap.Application.Tests.Common;

/// <summary>A test-only command that opens its own transaction (as JoinWorkshop does): a write, a live event, then a refusal if asked.</summary>
[OwnTransaction("test: a handler's own transaction holds its live events like the behaviour's")]
internal sealed record WriteInOwnTransaction(string Name, bool Fail) : IRequest<Unit>;

internal sealed class WriteInOwnTransactionHandler(IRoadmapDbContext db, ILiveNotifier live, AfterCommit afterCommit) : IRequestHandler<WriteInOwnTransaction, Unit>
{
    public Task<Unit> Handle(WriteInOwnTransaction request, CancellationToken cancellationToken) =>
        afterCommit.InTransactionAsync(db, async token =>
        {
            db.Organisations.Add(Organisation.Create(request.Name, OrganisationKind.Commune));
            await db.SaveChangesAsync(token);
            await live.ToWorkshopAsync(Guid.Empty, WriteThenMaybeFailHandler.Event, request.Name, token);
            return request.Fail ? throw new ConflictException("Refusé après avoir écrit.") : Unit.Value;
        }, cancellationToken);
}
