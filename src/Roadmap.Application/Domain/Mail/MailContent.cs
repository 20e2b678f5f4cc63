namespace Roadmap.Application.Domain.Mail;

/// <summary>A mail's subject and its two bodies: accessible HTML and the plain-text alternative.</summary>
public sealed record MailContent(string Subject, string Html, string Text);
