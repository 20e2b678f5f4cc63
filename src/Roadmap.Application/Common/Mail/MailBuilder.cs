using System.Net;
using System.Text;
using Roadmap.Application.Domain.Mail;

namespace Roadmap.Application.Common.Mail;

/// <summary>
/// Writes a mail in French twice from the same blocks: short accessible HTML (language set, real text,
/// dark text on white, underlined links, no image) and its plain-text alternative. Every text is
/// encoded here; links must be absolute http(s) addresses (built with <see cref="Interfaces.IPublicUrls"/>).
/// </summary>
public sealed class MailBuilder(string subject)
{
    private const string Text = "color:#1e1e1e;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5";
    private const string LinkStyle = "color:#000091;text-decoration:underline";
    private const string ButtonStyle =
        "display:inline-block;background:#000091;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;font-weight:bold";

    private readonly StringBuilder _html = new();
    private readonly StringBuilder _text = new();

    public MailBuilder Greeting(string name) =>
        Paragraph(string.IsNullOrWhiteSpace(name) ? "Bonjour," : $"Bonjour {MailText.OneLine(name, OutboxMail.NameMaxLength)},");

    public MailBuilder Paragraph(string text)
    {
        _html.Append("<p style=\"margin:0 0 16px\">").Append(Encode(text)).Append("</p>\n");
        _text.Append(text).Append("\n\n");
        return this;
    }

    public MailBuilder Heading(string text)
    {
        _html.Append("<h2 style=\"margin:24px 0 8px;font-size:18px\">").Append(Encode(text)).Append("</h2>\n");
        _text.Append(text.ToUpperInvariant()).Append('\n').Append(new string('-', Math.Min(text.Length, 60))).Append("\n\n");
        return this;
    }

    /// <summary>The mail's main link, drawn as a button; the text version gives the address on its own line.</summary>
    public MailBuilder Button(string label, string url)
    {
        _html.Append("<p style=\"margin:0 0 16px\"><a href=\"").Append(Encode(Checked(url))).Append("\" style=\"").Append(ButtonStyle).Append("\">")
            .Append(Encode(label)).Append("</a></p>\n");
        _text.Append(label).Append(" :\n").Append(url).Append("\n\n");
        return this;
    }

    public MailBuilder Link(string label, string url)
    {
        _html.Append("<p style=\"margin:0 0 16px\"><a href=\"").Append(Encode(Checked(url))).Append("\" style=\"").Append(LinkStyle).Append("\">")
            .Append(Encode(label)).Append("</a></p>\n");
        _text.Append(label).Append(" : ").Append(url).Append("\n\n");
        return this;
    }

    /// <summary>A list of lines, each with an optional link (a digest's notifications).</summary>
    public MailBuilder List(IEnumerable<(string Text, string? Url)> items)
    {
        _html.Append("<ul style=\"margin:0 0 16px;padding-left:24px\">\n");
        foreach (var (text, url) in items)
        {
            _html.Append("<li style=\"margin:0 0 8px\">");
            if (url is null)
            {
                _html.Append(Encode(text));
            }
            else
            {
                _html.Append("<a href=\"").Append(Encode(Checked(url))).Append("\" style=\"").Append(LinkStyle).Append("\">").Append(Encode(text)).Append("</a>");
            }

            _html.Append("</li>\n");
            _text.Append("- ").Append(text).Append(url is null ? "" : $"\n  {url}").Append('\n');
        }

        _html.Append("</ul>\n");
        _text.Append('\n');
        return this;
    }

    /// <summary>Why the person receives this mail, and where to choose what they receive (or stop it).</summary>
    public MailBuilder Footer(string why, string? preferencesUrl = null, string? unsubscribeUrl = null)
    {
        _html.Append("<hr style=\"border:0;border-top:1px solid #929292;margin:24px 0 16px\">\n<p style=\"margin:0 0 8px;font-size:14px\">")
            .Append(Encode(why)).Append("</p>\n");
        _text.Append("--\n").Append(why).Append('\n');
        if (preferencesUrl is not null)
        {
            _html.Append("<p style=\"margin:0 0 8px;font-size:14px\"><a href=\"").Append(Encode(Checked(preferencesUrl))).Append("\" style=\"").Append(LinkStyle)
                .Append("\">Choisir les courriels que vous recevez</a></p>\n");
            _text.Append("Choisir les courriels que vous recevez : ").Append(preferencesUrl).Append('\n');
        }

        if (unsubscribeUrl is not null)
        {
            _html.Append("<p style=\"margin:0 0 8px;font-size:14px\"><a href=\"").Append(Encode(Checked(unsubscribeUrl))).Append("\" style=\"").Append(LinkStyle)
                .Append("\">Ne plus recevoir ces courriels</a></p>\n");
            _text.Append("Ne plus recevoir ces courriels : ").Append(unsubscribeUrl).Append('\n');
        }

        return this;
    }

    public MailContent Build()
    {
        var title = MailText.OneLine(subject, OutboxMail.SubjectMaxLength);
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"fr\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").Append(Encode(title)).Append("</title>\n</head>\n")
            .Append("<body style=\"margin:0;padding:0;background:#ffffff;").Append(Text).Append("\">\n")
            .Append("<div role=\"article\" aria-label=\"").Append(Encode(title)).Append("\" lang=\"fr\" style=\"max-width:600px;margin:0 auto;padding:16px;")
            .Append(Text).Append("\">\n")
            .Append(_html)
            .Append("</div>\n</body>\n</html>\n");
        return new MailContent(title, html.ToString(), _text.ToString().TrimEnd() + "\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Checked(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? url
            : throw new ArgumentException($"A mail's link must be an absolute http(s) address: « {url} ».", nameof(url));
}
