using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Roadmap.Application.Common.Mail;

namespace Roadmap.Infrastructure.Mail;

/// <summary>Sends every <see cref="IScheduledMailJob"/> of the application, one after the other, each round.</summary>
internal sealed partial class MailScheduler(IServiceScopeFactory scopes, MailOptions options, ILogger<MailScheduler> logger) : BackgroundService
{
    private static readonly Type[] Jobs = typeof(IScheduledMailJob).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IScheduledMailJob).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(options.ScheduleSeconds, 1)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var job in Jobs)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<IMediator>().Send((IScheduledMailJob)Activator.CreateInstance(job)!, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    JobFailed(logger, job.Name, ex);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The mail job {Job} failed; it runs again next round")]
    private static partial void JobFailed(ILogger logger, string job, Exception exception);
}
