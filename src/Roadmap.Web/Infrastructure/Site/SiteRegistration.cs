using Microsoft.AspNetCore.HostFiltering;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Web.Infrastructure.Site;

internal static class SiteRegistration
{
    private const string PublicUrlKey = $"{SiteOptions.Section}:{nameof(SiteOptions.PublicUrl)}";

    /// <summary>
    /// Reads <c>Site:PublicUrl</c> (the app does not start without a valid one) and, outside Development,
    /// answers only requests addressed to its host unless <c>AllowedHosts</c> names other hosts.
    /// </summary>
    public static IServiceCollection AddSite(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(SiteOptions.Section);
        services.Configure<SiteOptions>(section);
        services.Configure<LegalOptions>(configuration.GetSection(LegalOptions.Section));
        var root = PublicRoot(section.Get<SiteOptions>()?.PublicUrl);
        services.AddSingleton(new PublicUrls(root));
        services.AddSingleton<IPublicUrls>(sp => sp.GetRequiredService<PublicUrls>());

        var allowedHosts = configuration["AllowedHosts"];
        if (!environment.IsDevelopment() && (string.IsNullOrWhiteSpace(allowedHosts) || allowedHosts.Trim() == "*"))
        {
            services.PostConfigure<HostFilteringOptions>(o => o.AllowedHosts = [root.Host]);
        }

        return services;
    }

    private static Uri PublicRoot(string? configured)
    {
        if (Uri.TryCreate(configured, UriKind.Absolute, out var root) && (root.Scheme == Uri.UriSchemeHttps || root.Scheme == Uri.UriSchemeHttp))
        {
            return root;
        }

        throw new InvalidOperationException(
            $"Le réglage {PublicUrlKey} est obligatoire : l'adresse publique du site, par exemple https://roadmap.exemple.fr (valeur lue : « {configured} »). "
            + $"/ The {PublicUrlKey} setting is required: the site's public address, e.g. https://roadmap.example.org.");
    }
}
