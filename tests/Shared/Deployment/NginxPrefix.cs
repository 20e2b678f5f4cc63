using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Roadmap.Testing.Deployment;

/// <summary>One nginx run's own folder: its certificate, cache, logs and the two configuration files it is started on.</summary>
internal sealed record NginxPrefix(string Folder)
{
    public string Certificate => Path.Combine(Folder, "site.crt");

    public string CertificateKey => Path.Combine(Folder, "site.key");

    public string ErrorLog => Path.Combine(Folder, "logs", "error.log");

    /// <summary>
    /// Creates the folder and writes a throwaway self-signed certificate for 127.0.0.1 and its key where the site reads
    /// them; returns the certificate, the only one the run's clients trust.
    /// </summary>
    public X509Certificate2 WriteCertificate()
    {
        Directory.CreateDirectory(Folder);
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        File.WriteAllText(Certificate, certificate.ExportCertificatePem());
        File.WriteAllText(CertificateKey, key.ExportPkcs8PrivateKeyPem());
        return certificate;
    }

    /// <summary>The production site on 127.0.0.1, its TLS files and cache in this folder.</summary>
    public NginxSite Site(int httpsPort, int httpPort, int nodeAPort, int nodeBPort) =>
        new(httpsPort, httpPort, nodeAPort, nodeBPort, Certificate, CertificateKey, Path.Combine(Folder, "cache"));

    /// <summary>Writes the rendered site and <paramref name="main"/> into the folder; returns how to start nginx on them.</summary>
    public ProcessStartInfo Prepare(string nginx, NginxSite site, NginxMain main)
    {
        foreach (var folder in new[] { "cache", "temp", "logs" })
        {
            Directory.CreateDirectory(Path.Combine(Folder, folder));
        }

        File.WriteAllText(Path.Combine(Folder, "roadmap.conf"), site.Render(File.ReadAllText(NginxSite.TemplatePath())));
        File.WriteAllText(Path.Combine(Folder, "nginx.conf"), main.Render(Folder));
        var start = new ProcessStartInfo(nginx);
        foreach (var argument in new[] { "-p", Folder, "-c", Path.Combine(Folder, "nginx.conf") })
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
