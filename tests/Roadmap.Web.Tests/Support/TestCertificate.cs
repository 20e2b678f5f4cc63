using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Roadmap.Web.Tests.Support;

/// <summary>A self-signed .pfx made once per test run, as an operator would give Production to encrypt its keys.</summary>
public static class TestCertificate
{
    public const string Password = "certificat-de-test";

    private static readonly Lazy<string> File = new(Create);

    /// <summary>The path of the .pfx file (protected by <see cref="Password"/>).</summary>
    public static string Path => File.Value;

    private static string Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Roadmap data protection (tests)", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "roadmap-web-tests", $"keys-{Guid.NewGuid():N}.pfx");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }
}
