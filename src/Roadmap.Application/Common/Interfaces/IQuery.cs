using MediatR;

namespace Roadmap.Application.Common.Interfaces;

/// <summary>
/// A request that writes nothing (a read, or an event sent to the live room only). Every other
/// request runs its handler in one transaction (<c>TransactionBehaviour</c>), which on SQLite waits
/// for the write gate: a query marked so stays concurrent with the writers. A query left unmarked is
/// still correct, only serialised with the writes.
/// </summary>
public interface IQuery<out TResponse> : IRequest<TResponse>;
