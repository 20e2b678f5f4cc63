using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Infrastructure.Persistence;

namespace Roadmap.Infrastructure.Mail;

internal static class MailRegistration
{
    /// <summary>The outbox's wake-up signal: every host has it, even one that sends nothing (tests, benchmarks).</summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<IOutboxSignal>(sp => sp.GetRequiredService<OutboxSignal>());
        services.TryAddSingleton<IUnsubscribeTokens, UnsubscribeTokens>();
        return services;
    }

    /// <summary>
    /// The web app's mail: SMTP when <c>Mail:Host</c> is set; else .eml files in Development; else
    /// nothing leaves and mails wait in the outbox until a server is configured.
    /// </summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(MailOptions.Section).Get<MailOptions>() ?? new MailOptions();
        services.TryAddSingleton(options);
        IMailTransport? transport = null;
        if (!string.IsNullOrWhiteSpace(options.Host))
        {
            transport = new SmtpMailTransport(options);
        }
        else if (environment.IsDevelopment())
        {
            var folder = Path.Combine(DatabaseRegistration.DataFolder(configuration, environment.ContentRootPath), "mails");
            transport = new EmlFileTransport(folder, TimeProvider.System);
        }

        services.TryAddSingleton<IMailAvailability>(new MailAvailability(canSend: transport is not null));
        services.AddHostedService<MailScheduler>();
        if (transport is not null)
        {
            services.TryAddSingleton(transport);
            services.AddHostedService<OutboxDispatcher>();
        }

        return services;
    }
}
