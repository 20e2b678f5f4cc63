using Roadmap.Application.Common.Mail;
using Roadmap.Application.Domain.Mail;

namespace Roadmap.Application.Tests.Mail;

/// <summary>Outbox rows in the states the administration deals with, written straight to the database.</summary>
internal static class OutboxMails
{
    public static OutboxMail Pending(DateTimeOffset at, string subject = "Votre adresse") =>
        OutboxMail.Write(new MailRecipient("camille@exemple.fr", "Camille", null), MailKind.AddressConfirmation, new MailBuilder(subject).Paragraph("Un message.").Build(), at);

    public static OutboxMail Retrying(DateTimeOffset at, string subject = "Un rappel")
    {
        var mail = Pending(at, subject);
        mail.AttemptFailed("SocketException : Connection refused", at);
        return mail;
    }

    public static OutboxMail Failed(DateTimeOffset at, string subject = "Mot de passe oublié")
    {
        var mail = Pending(at, subject);
        for (var attempt = 0; attempt < OutboxMail.MaxAttempts; attempt++)
        {
            mail.AttemptFailed("SmtpCommandException : Mailbox unavailable", at);
        }

        return mail;
    }

    public static OutboxMail Sent(DateTimeOffset at, string subject = "Bienvenue")
    {
        var mail = Pending(at, subject);
        mail.Sent(at);
        return mail;
    }
}
