namespace Roadmap.Application.Domain.Mail;

/// <summary>What a mail of the outbox is for: shown to administrators, and lets tests find the one they expect.</summary>
public enum MailKind
{
    AddressConfirmation = 0,
    PasswordReset = 1,
    AddressChange = 2,
    AddressChangeNotice = 3,
    RegistrationAttempt = 4,
    Notification = 5,
    Digest = 6,
    WorkshopInvitation = 7,
    WorkshopReminder = 8,
    WorkshopMinutes = 9,
    WorkshopCancellation = 10,
}
