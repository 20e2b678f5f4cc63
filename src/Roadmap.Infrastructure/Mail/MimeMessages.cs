using System.Text;
using MimeKit;
using Roadmap.Application.Domain.Mail;

namespace Roadmap.Infrastructure.Mail;

/// <summary>An outbox row as the MIME message that leaves: MimeKit encodes every header, so a name or a title never adds one.</summary>
internal static class MimeMessages
{
    public static MimeMessage From(OutboxMail mail, MailOptions options)
    {
        var message = new MimeMessage
        {
            Subject = mail.Subject,
            Date = mail.CreatedAt,
            MessageId = $"{mail.Id:N}@{Domain(options.FromAddress)}",
        };
        message.From.Add(new MailboxAddress(MailText.OneLine(options.FromName, OutboxMail.NameMaxLength), options.FromAddress.Trim()));
        message.To.Add(new MailboxAddress(mail.ToName, mail.ToAddress));

        // RFC 3834: no out-of-office reply to a robot.
        message.Headers.Add("Auto-Submitted", "auto-generated");
        if (mail.UnsubscribeUrl is { } unsubscribe)
        {
            // RFC 8058: the mail client offers « se désabonner » and POSTs to the address, without a session.
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        var body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody };
        if (mail is { AttachmentName: { } name, AttachmentContentType: { } type, AttachmentContent: { } content })
        {
            body.Attachments.Add(name, Encoding.UTF8.GetBytes(content), ContentType.Parse(type));
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    private static string Domain(string address)
    {
        var at = address.LastIndexOf('@');
        return at >= 0 && at < address.Length - 1 ? address[(at + 1)..].Trim() : "localhost";
    }
}
