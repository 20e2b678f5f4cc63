namespace Roadmap.Infrastructure.DataProtection;

/// <summary>The certificate (a .pfx file) that encrypts the data-protection keys stored in the database.</summary>
public sealed class KeyProtectionSettings
{
    public const string Section = "DataProtection";

    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }
}
