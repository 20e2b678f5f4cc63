using MediatR;
using Roadmap.Application.Common.Caching;

namespace Roadmap.Application.Common.Behaviours;

/// <summary>
/// Answers a query marked <see cref="ISharedRead{TResponse}"/> from the <see cref="SharedReadCache"/>, after
/// authorisation and validation so a refused caller is refused before any kept answer is looked at. Without the cache
/// (a host that does not advance the public data's generation, such as the lower layers' tests) it runs the handler.
/// </summary>
internal sealed class SharedReadBehaviour<TRequest, TResponse>(SharedReadCache? cache = null) : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        request is ISharedRead<TResponse> shared ? cache.ReadAsync(shared, () => next()) : next();
}
