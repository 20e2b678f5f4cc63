using Microsoft.Extensions.DependencyInjection.Extensions;
using Roadmap.Application.Account;

namespace Roadmap.Web.Components.Account;

internal static class AccountServiceCollectionExtensions
{
    /// <summary>
    /// What the account pages need besides Identity and the outbox. <c>Account:RequireConfirmedEmail</c>
    /// is true unless set otherwise, except in Development. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddAccountPages(this IServiceCollection services)
    {
        services.TryAddScoped<AccountRedirectManager>();
        services.TryAddScoped<PasswordCheck>();
        services.AddOptions<AccountOptions>().Configure<IConfiguration, IHostEnvironment>((options, configuration, environment) =>
            options.RequireConfirmedEmail = configuration.GetValue<bool?>($"{AccountOptions.Section}:{nameof(AccountOptions.RequireConfirmedEmail)}")
                ?? !environment.IsDevelopment());
        return services;
    }
}
