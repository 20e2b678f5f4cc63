using MediatR;
using Roadmap.Application.Workshops.CloseExpiredPolls;

namespace Roadmap.Web.Realtime;

/// <summary>
/// Every second, closes the timed polls whose time ran out and announces their final tally. Ballots
/// are refused from the closing time on even before the sweep, so a late sweep never changes a result.
/// </summary>
internal sealed partial class PollExpirySweeper(IServiceScopeFactory scopes, ILogger<PollExpirySweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CloseExpiredPolls(), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                SweepFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closing expired polls failed")]
    private static partial void SweepFailed(ILogger logger, Exception exception);
}
