namespace Roadmap.Infrastructure.Mail;

/// <summary>How the SMTP connection is secured.</summary>
public enum MailSecurity
{
    /// <summary>Plain text: only for a relay on the same machine or a local test server.</summary>
    None,

    /// <summary>Upgraded with STARTTLS, refused if the server does not offer it (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}
