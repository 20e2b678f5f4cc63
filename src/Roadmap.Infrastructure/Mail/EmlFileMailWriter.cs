using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Infrastructure.Mail;

/// <summary>
/// Development's mail: each message becomes an .eml file (plain MIME, opens in any mail client) in
/// the data folder's « mails » folder, so a developer can follow a reset link. The log names the
/// file, never the link: a token in the log is a token for whoever reads the log.
/// </summary>
internal sealed partial class EmlFileMailWriter(string folder, TimeProvider clock, ILogger<EmlFileMailWriter> logger) : IEmailSender<ApplicationUser>
{
    // Identity hands over HTML-encoded links (they are meant for an HTML mail); a text mail wants them clickable.
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) =>
        WriteAsync(email, "Confirmez votre adresse électronique",
            $"Bonjour,\n\nPour confirmer votre adresse, ouvrez ce lien :\n{WebUtility.HtmlDecode(confirmationLink)}\n");

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) =>
        WriteAsync(email, "Choisir un nouveau mot de passe",
            $"Bonjour,\n\nPour choisir un nouveau mot de passe, ouvrez ce lien :\n{WebUtility.HtmlDecode(resetLink)}\n\n"
            + "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste le même.\n");

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) =>
        WriteAsync(email, "Code de réinitialisation du mot de passe", $"Bonjour,\n\nVotre code : {resetCode}\n");

    private async Task WriteAsync(string to, string subject, string body)
    {
        Directory.CreateDirectory(folder);
        var now = clock.GetUtcNow();
        var file = Path.Combine(folder, $"{now.ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}.eml");
        var message = new StringBuilder()
            .Append("From: Roadmap <ne-pas-repondre@localhost>\r\n")
            .Append($"To: <{to}>\r\n")
            .Append($"Subject: =?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(subject))}?=\r\n")
            .Append($"Date: {now.ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture)} +0000\r\n")
            .Append("MIME-Version: 1.0\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n")
            .Append("Content-Transfer-Encoding: 8bit\r\n\r\n")
            .Append(body.ReplaceLineEndings("\r\n"));
        await File.WriteAllTextAsync(file, message.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        LogWritten(file);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A mail was written to {File}")]
    private partial void LogWritten(string file);
}
