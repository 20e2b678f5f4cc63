using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Roadmap.Bench;

/// <summary>
/// Production encrypts its data-protection keys with a certificate: the bench makes a throwaway self-signed one.
/// </summary>
internal static class BenchCertificate
{
    public const string Password = "banc-d-essai";

    private static readonly Lazy<string> File = new(Create);

    public static string Path => File.Value;

    private static string Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Roadmap bench", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"roadmap-bench-keys-{Guid.NewGuid():N}.pfx");
        System.IO.File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }
}
