using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Roadmap.Web.Components.Account;

internal static class AccountServiceCollectionExtensions
{
    /// <summary>
    /// What the account pages need besides Identity and the mail sender (registered by the
    /// infrastructure for the environment). Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddAccountPages(this IServiceCollection services)
    {
        services.TryAddScoped<AccountRedirectManager>();
        return services;
    }
}
