using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Users;
using Roadmap.Infrastructure.Persistence;

namespace Roadmap.Infrastructure.Mail;

internal static class MailRegistration
{
    /// <summary>Development writes mails to files; elsewhere no sender exists yet (SMTP comes with issue 12).</summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            var folder = Path.Combine(DatabaseRegistration.DataFolder(configuration, environment.ContentRootPath), "mails");
            services.TryAddSingleton<IEmailSender<ApplicationUser>>(sp =>
                new EmlFileMailWriter(folder, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<EmlFileMailWriter>>()));
            services.TryAddSingleton<IMailAvailability>(new MailAvailability(canSend: true));
        }
        else
        {
            services.TryAddSingleton<IEmailSender<ApplicationUser>, UnavailableMailSender>();
            services.TryAddSingleton<IMailAvailability>(new MailAvailability(canSend: false));
        }

        return services;
    }
}
