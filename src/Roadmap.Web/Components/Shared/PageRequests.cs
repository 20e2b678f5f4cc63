using MediatR;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Web.Errors;

namespace Roadmap.Web.Components.Shared;

/// <summary>
/// How a page sends requests to the Application: a refusal comes back as a value to show (through
/// the <see cref="Refusals"/> table), never as an exception for the page to catch. Any other
/// exception is a fault and goes to the error page.
/// </summary>
public static class PageRequests
{
    /// <summary>Sends a form's request: its response, or the refusal to show on the form.</summary>
    public static Task<Sent<T>> TrySendAsync<T>(this IMediator mediator, IRequest<T> request, CancellationToken cancellationToken = default) =>
        TryAsync(() => mediator.Send(request, cancellationToken));

    /// <summary>Runs a form's work that sends several requests: its result, or the first refusal.</summary>
    public static async Task<Sent<T>> TryAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return new Sent<T>(await work(), null);
        }
        catch (Exception ex) when (Refusals.For(ex) is { } refusal)
        {
            return new Sent<T>(default, refusal);
        }
    }

    /// <summary>Reads what a page shows; null when it does not exist for the caller (the page then answers 404).</summary>
    public static async Task<T?> FindAsync<T>(this IMediator mediator, IRequest<T> request, CancellationToken cancellationToken = default)
        where T : class
    {
        try
        {
            return await mediator.Send(request, cancellationToken);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
