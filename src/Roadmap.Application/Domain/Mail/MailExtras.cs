namespace Roadmap.Application.Domain.Mail;

/// <summary>What some mails carry besides their content.</summary>
public sealed record MailExtras(string? UnsubscribeUrl = null, MailAttachment? Attachment = null, string? DedupeKey = null);

/// <summary>A text attachment (an .ics invitation).</summary>
public sealed record MailAttachment(string FileName, string ContentType, string Content);
