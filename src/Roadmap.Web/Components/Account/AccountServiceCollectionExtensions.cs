using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Web.Components.Account;

internal static class AccountServiceCollectionExtensions
{
    /// <summary>What the account pages need besides Identity itself. Safe to call more than once.</summary>
    public static IServiceCollection AddAccountPages(this IServiceCollection services)
    {
        services.TryAddScoped<AccountRedirectManager>();
        services.TryAddSingleton<IEmailSender<ApplicationUser>, LoggingEmailSender>();
        return services;
    }
}
