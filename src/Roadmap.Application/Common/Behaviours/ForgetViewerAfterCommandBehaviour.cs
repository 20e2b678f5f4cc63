using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Common.Behaviours;

/// <summary>
/// A command may change what the scope's <see cref="Viewer"/> holds (a team role granted to oneself, a grant, notifications
/// read): after any command, committed or not, the next read of the scope asks the database again. Queries keep it.
/// </summary>
internal sealed class ForgetViewerAfterCommandBehaviour<TRequest, TResponse>(Viewer viewer) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool IsQuery = typeof(IQuery<TResponse>).IsAssignableFrom(typeof(TRequest));

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        IsQuery ? next() : ThenForgetAsync(next);

    private async Task<TResponse> ThenForgetAsync(RequestHandlerDelegate<TResponse> next)
    {
        try
        {
            return await next();
        }
        finally
        {
            viewer.Forget();
        }
    }
}
