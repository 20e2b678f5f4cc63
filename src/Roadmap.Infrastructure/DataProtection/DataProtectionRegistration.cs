using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Roadmap.Infrastructure.Persistence;

namespace Roadmap.Infrastructure.DataProtection;

/// <summary>
/// The keys that sign cookies and bearer tokens live in the database. Outside Development they are
/// encrypted with a certificate kept outside it, so a dump or a backup of the database alone cannot
/// forge a session.
/// </summary>
internal static class DataProtectionRegistration
{
    public static IServiceCollection AddRoadmapDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Roadmap").PersistKeysToDbContext<RoadmapDbContext>();
        // Data Protection reads the system clock, not the app's TimeProvider (tests freeze that one): so does its keeper.
        services.AddSingleton(sp => new KeyRingAhead(sp.GetRequiredService<IKeyManager>(), sp.GetRequiredService<IOptions<KeyManagementOptions>>(), TimeProvider.System));
        services.AddHostedService<KeyRingMaintenance>();
        return services;
    }

    public static IServiceCollection ProtectKeysWithConfiguredCertificate(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(KeyProtectionSettings.Section).Get<KeyProtectionSettings>() ?? new KeyProtectionSettings();
        services.AddDataProtection().ProtectKeysWithCertificate(Load(settings));
        return services;
    }

    private static X509Certificate2 Load(KeyProtectionSettings settings)
    {
        const string setting = $"{KeyProtectionSettings.Section}:{nameof(KeyProtectionSettings.CertificatePath)}";
        if (string.IsNullOrWhiteSpace(settings.CertificatePath))
        {
            throw new InvalidOperationException(
                $"Le réglage {setting} est obligatoire hors Development : le chemin d'un certificat .pfx qui chiffre les clés de protection des données (mot de passe dans {KeyProtectionSettings.Section}:{nameof(KeyProtectionSettings.CertificatePassword)}). "
                + $"/ The {setting} setting is required outside Development: the path to a .pfx certificate that encrypts the data-protection keys.");
        }

        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(settings.CertificatePath, settings.CertificatePassword);
            return certificate.HasPrivateKey ? certificate : throw new InvalidOperationException("the certificate has no private key");
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            throw new InvalidOperationException(
                $"Impossible de lire le certificat de {setting} (« {settings.CertificatePath} ») : {ex.Message} / Cannot load the {setting} certificate.", ex);
        }
    }
}
