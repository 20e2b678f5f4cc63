using Microsoft.AspNetCore.SignalR;
using Roadmap.Web.Errors;

namespace Roadmap.Web.Hubs;

/// <summary>
/// Around every hub call: makes the connection's user the current user of the Application (the
/// connection's HttpContext, also with long polling), applies the rate limits and the cap of
/// connections per address, and turns exceptions into a <see cref="HubException"/> with a French
/// message (the <see cref="Refusals"/> table's sentence) and no stack trace. SignalR sends a
/// HubException's message to the caller even with detailed errors off, after its own English
/// preamble, which the clients drop (<c>workshop-live.js</c>).
/// </summary>
internal sealed partial class WorkshopHubFilter(IHttpContextAccessor accessor, HubRateLimiter limiter, HubConnectionCap cap, ILogger<WorkshopHubFilter> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        accessor.HttpContext = invocationContext.Context.GetHttpContext();
        if (limiter.Refusal(invocationContext) is { } refusal)
        {
            throw new HubException(refusal);
        }

        try
        {
            return await next(invocationContext);
        }
        catch (HubException)
        {
            throw;
        }
        catch (Exception ex) when (Refusals.For(ex) is { } refused)
        {
            limiter.Failed(invocationContext, ex);
            throw new HubException(refused.Sentence);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Unexpected(logger, ex, invocationContext.HubMethodName);
            throw new HubException(HubErrors.Unexpected);
        }
    }

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        accessor.HttpContext = context.Context.GetHttpContext();
        if (!cap.TryOpen(context.Context))
        {
            throw new HubException(HubErrors.TooManyConnections);
        }

        try
        {
            await next(context);
        }
        catch
        {
            cap.Closed(context.Context);
            throw;
        }
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        accessor.HttpContext = context.Context.GetHttpContext();
        try
        {
            await next(context, exception);
        }
        finally
        {
            cap.Closed(context.Context);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Hub method {Method} failed")]
    private static partial void Unexpected(ILogger logger, Exception exception, string method);
}
