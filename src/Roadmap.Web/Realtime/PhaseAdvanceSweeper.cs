using MediatR;
using Roadmap.Application.Roadmaps.Admin.AdvanceDuePhases;

namespace Roadmap.Web.Realtime;

/// <summary>
/// Every minute, moves the roadmaps that advance by themselves to their next phase once its start
/// date has come. Every web node sweeps; the conditional update lets exactly one advance each roadmap.
/// </summary>
internal sealed partial class PhaseAdvanceSweeper(IServiceScopeFactory scopes, ILogger<PhaseAdvanceSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new AdvanceDuePhases(), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                SweepFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Advancing the roadmaps due to change phase failed")]
    private static partial void SweepFailed(ILogger logger, Exception exception);
}
