using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Transactions;

namespace Roadmap.Application.Common.Behaviours;

/// <summary>
/// Runs every command's handler in one transaction: all its writes commit together or none does,
/// and on SQLite the use case takes the write gate once (docs/decisions/014-write-gate-and-transactions.md).
/// Live events wait for the commit. Queries (<see cref="IQuery{TResponse}"/>) run without one.
/// A command sent by another handler joins the transaction already open.
/// </summary>
internal sealed class TransactionBehaviour<TRequest, TResponse>(IRoadmapDbContext db, AfterCommit afterCommit) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool WithoutTransaction =
        typeof(IQuery<TResponse>).IsAssignableFrom(typeof(TRequest)) || typeof(TRequest).IsDefined(typeof(OwnTransactionAttribute), inherit: true);

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        WithoutTransaction ? next() : afterCommit.InTransactionAsync(db, _ => next(), cancellationToken);
}
