using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Common.Behaviours;

internal sealed partial class LoggingBehaviour<TRequest, TResponse>(ILogger<LoggingBehaviour<TRequest, TResponse>> logger, ICurrentUser user)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            Handled(logger, typeof(TRequest).Name, user.Id, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception ex)
        {
            Failed(logger, typeof(TRequest).Name, user.Id, ex.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handled {Request} for {UserId} in {ElapsedMs:0.0} ms")]
    private static partial void Handled(ILogger logger, string request, Guid? userId, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} for {UserId} failed with {Error} after {ElapsedMs:0.0} ms")]
    private static partial void Failed(ILogger logger, string request, Guid? userId, string error, double elapsedMs);
}
