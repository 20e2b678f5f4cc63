using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Identity;
using Roadmap.Application;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Web.Api;
using Roadmap.Web.Components.Account;
using Roadmap.Web.Infrastructure;
using Roadmap.Web.Infrastructure.PublicCache;
using Roadmap.Web.Infrastructure.Site;
using Roadmap.Web.Realtime;

namespace Roadmap.Web;

internal static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddWeb(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddRazorComponents();
        services.AddSite(configuration, environment);

        // French text would otherwise be sent as &#xE9; entities: heavier pages for slow connections.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = PageText.Encoding);
        services.AddCascadingAuthenticationState();
        services.AddAccountPages();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<RequestMenu>();
        services.AddSingleton<SharedHtml>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/compte/connexion";
            o.LogoutPath = "/compte/deconnexion";
            o.AccessDeniedPath = "/compte/acces-refuse";
            o.Cookie.Name = "roadmap.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
        });
        services.AddSessionLifetime();
        services.AddAuthorizationBuilder().AddStaffPolicy().AddTeamPolicy();

        services.AddProblemDetails();
        services.AddRateLimits(configuration);
        services.AddApi();
        services.AddWorkshopRealtime(configuration);
        services.AddPublicPageCache(configuration);
        // Every eviction of the pages, on any node, advances the generation shared reads are kept under (decision 039).
        services.AddSharedReadCache();

        services.AddManagementPort(configuration);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // The rate limits key on the forwarded address: only the reverse proxies named here may set it.
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        services.AddHttpLogging(o =>
        {
            o.LoggingFields = Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.RequestMethod | Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.RequestPath
                | Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.ResponseStatusCode | Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.Duration;
            o.CombineLogs = true;
        });
        return services;
    }
}
