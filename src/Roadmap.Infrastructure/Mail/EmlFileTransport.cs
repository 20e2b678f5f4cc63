using System.Globalization;
using MimeKit;

namespace Roadmap.Infrastructure.Mail;

/// <summary>
/// Development without an SMTP server: each mail becomes an .eml file in the data folder's « mails »
/// folder (opens in any mail client, or in smtp4dev — README). The log names the file, never a link.
/// </summary>
internal sealed class EmlFileTransport(string folder, TimeProvider clock) : IMailTransport
{
    public Task<IMailConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        return Task.FromResult<IMailConnection>(new Connection(folder, clock));
    }

    private sealed class Connection(string folder, TimeProvider clock) : IMailConnection
    {
        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            var name = $"{clock.GetUtcNow().ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}.eml";
            await message.WriteToAsync(Path.Combine(folder, name), cancellationToken);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
