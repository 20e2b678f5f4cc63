namespace Roadmap.Application.Domain.Mail;

/// <summary>Whom a mail goes to: an address, the name to greet, and their account when they have one.</summary>
public sealed record MailRecipient(string Address, string Name, Guid? UserId);
