using MediatR;

namespace Roadmap.Application.Common.Behaviours;

/// <summary>
/// The components of one page render side by side (the follow button, the mediated ideas, the workshops of a roadmap
/// page, the notification bell) and each sends its own request on the scope's one <c>DbContext</c>, which takes one
/// operation at a time. On PostgreSQL their queries overlapped and the page failed; SQLite's driver completes every
/// query before returning, which hid it. Requests of one scope therefore run one after the other, in arrival order;
/// a request sent by a handler already running goes through at once (it would otherwise wait for itself).
/// </summary>
internal sealed class RequestQueue : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly AsyncLocal<bool> _holding = new();

    public async Task<TResponse> RunAsync<TResponse>(Func<Task<TResponse>> request, CancellationToken cancellationToken)
    {
        if (_holding.Value)
        {
            return await request();
        }

        await _turn.WaitAsync(cancellationToken);
        try
        {
            // Flows into the request and what it awaits, never back to the caller or to a sibling component.
            _holding.Value = true;
            return await request();
        }
        finally
        {
            _turn.Release();
        }
    }

    public void Dispose() => _turn.Dispose();
}

/// <summary>The outermost step of the pipeline: see <see cref="RequestQueue"/>.</summary>
internal sealed class OneRequestAtATimeBehaviour<TRequest, TResponse>(RequestQueue queue) : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        queue.RunAsync(() => next(), cancellationToken);
}
