using MimeKit;

namespace Roadmap.Infrastructure.Mail;

/// <summary>Where the outbox worker hands mails: an SMTP server, or .eml files in Development.</summary>
internal interface IMailTransport
{
    Task<IMailConnection> ConnectAsync(CancellationToken cancellationToken);
}

/// <summary>One session with the transport: several mails over one SMTP connection.</summary>
internal interface IMailConnection : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
