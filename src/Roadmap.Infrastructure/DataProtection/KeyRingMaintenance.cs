using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Roadmap.Infrastructure.DataProtection;

/// <summary>Checks the key ring every <see cref="Period"/> and creates the successor key ahead of time (<see cref="KeyRingAhead"/>).</summary>
internal sealed partial class KeyRingMaintenance(KeyRingAhead ring, ILogger<KeyRingMaintenance> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (ring.Ensure())
                {
                    KeyCreated(logger);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be down for a while: the lead of KeyRingAhead leaves days to try again.
                CheckFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A successor data-protection key was created ahead of the ring's end")]
    private static partial void KeyCreated(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The data-protection key ring could not be checked; next try in six hours")]
    private static partial void CheckFailed(ILogger logger, Exception exception);
}
