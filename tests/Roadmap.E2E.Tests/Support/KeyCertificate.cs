using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Roadmap.E2E.Tests.Support;

/// <summary>The .pfx an operator keeps outside the database: it encrypts the data-protection keys of an app run as in production.</summary>
public static class KeyCertificate
{
    /// <summary>Writes a fresh self-signed one as <c>data-protection.pfx</c> in <paramref name="folder"/> and returns its path.</summary>
    public static string Write(string folder, string subject, string password)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={subject}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var path = Path.Combine(folder, "data-protection.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }
}
