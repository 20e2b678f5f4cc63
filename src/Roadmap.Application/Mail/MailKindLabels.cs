using Roadmap.Application.Domain.Mail;

namespace Roadmap.Application.Mail;

/// <summary>What each kind of outbox mail is, in French, for the administrators' outbox.</summary>
public static class MailKindLabels
{
    public static string French(MailKind kind) => kind switch
    {
        MailKind.AddressConfirmation => "Confirmation d'adresse",
        MailKind.PasswordReset => "Mot de passe oublié",
        MailKind.AddressChange => "Changement d'adresse",
        MailKind.AddressChangeNotice => "Avis de changement d'adresse",
        MailKind.RegistrationAttempt => "Tentative d'inscription",
        MailKind.Notification => "Notification",
        MailKind.Digest => "Résumé",
        MailKind.WorkshopInvitation => "Invitation à un atelier",
        MailKind.WorkshopReminder => "Rappel d'atelier",
        MailKind.WorkshopMinutes => "Compte rendu d'atelier",
        MailKind.WorkshopCancellation => "Annulation d'atelier",
        _ => kind.ToString(),
    };
}
