using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Mail;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Account.Mails;

/// <summary>
/// The texts of the account mails. Each says why it arrives and what to do if the person asked for
/// nothing; the links carry a secret only in the button, never in a log.
/// </summary>
internal static class AccountMails
{
    private const string NotYou = "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : rien ne change sur votre compte.";

    public static MailRecipient To(ApplicationUser user) => new(user.Email!, user.DisplayName, user.Id);

    public static MailContent Confirmation(IPublicUrls urls, ApplicationUser user, string token) =>
        new MailBuilder("Confirmez votre adresse électronique")
            .Greeting(user.DisplayName)
            .Paragraph("Pour terminer la création de votre compte, confirmez que cette adresse est bien la vôtre.")
            .Button("Confirmer mon adresse", urls.Absolute(SiteLinks.ConfirmAddress(user.Id, AccountCodes.Encode(token))))
            .Paragraph("Le lien est valable 24 heures. Passé ce délai, demandez-en un nouveau depuis la page de connexion.")
            .Footer("Vous recevez ce message parce qu'un compte vient d'être créé avec cette adresse. " + NotYou)
            .Build();

    public static MailContent RegistrationAttempt(IPublicUrls urls, ApplicationUser user) =>
        new MailBuilder("Quelqu'un a essayé de créer un compte avec votre adresse")
            .Greeting(user.DisplayName)
            .Paragraph("Quelqu'un vient d'essayer de créer un compte avec votre adresse électronique. Vous avez déjà un compte : aucun autre n'a été créé.")
            .Paragraph("Si c'était vous, connectez-vous avec votre compte actuel. Si vous avez oublié votre mot de passe, choisissez-en un nouveau.")
            .Button("Me connecter", urls.Absolute(SiteLinks.SignIn))
            .Link("Mot de passe oublié", urls.Absolute(SiteLinks.ForgotPassword))
            .Footer("Vous recevez ce message parce que votre adresse a été saisie dans le formulaire d'inscription. " + NotYou)
            .Build();

    public static MailContent PasswordReset(IPublicUrls urls, ApplicationUser user, string token) =>
        new MailBuilder("Choisir un nouveau mot de passe")
            .Greeting(user.DisplayName)
            .Paragraph("Vous avez demandé à choisir un nouveau mot de passe pour votre compte.")
            .Button("Choisir un nouveau mot de passe", urls.Absolute(SiteLinks.ResetPassword(user.Email!, AccountCodes.Encode(token))))
            .Paragraph("Le lien est valable 24 heures et ne sert qu'une fois. Vos autres sessions seront fermées.")
            .Footer("Vous recevez ce message parce que votre adresse a été saisie sur la page « Mot de passe oublié ». " + NotYou)
            .Build();

    public static MailContent AddressChange(IPublicUrls urls, ApplicationUser user, string newEmail, string token) =>
        new MailBuilder("Confirmez votre nouvelle adresse électronique")
            .Greeting(user.DisplayName)
            .Paragraph("Vous avez demandé que votre compte utilise désormais cette adresse. Elle ne remplacera l'ancienne qu'une fois confirmée.")
            .Button("Confirmer ma nouvelle adresse", urls.Absolute(SiteLinks.ConfirmNewAddress(user.Id, newEmail, AccountCodes.Encode(token))))
            .Paragraph("Le lien est valable 24 heures. Vous devrez ensuite vous reconnecter avec la nouvelle adresse.")
            .Footer("Vous recevez ce message parce que cette adresse a été indiquée comme nouvelle adresse d'un compte. " + NotYou)
            .Build();

    public static MailContent AddressChangeNotice(IPublicUrls urls, ApplicationUser user) =>
        new MailBuilder("Votre adresse électronique va changer")
            .Greeting(user.DisplayName)
            .Paragraph("Une nouvelle adresse électronique vient d'être demandée pour votre compte. Elle remplacera celle-ci dès qu'elle aura été confirmée.")
            .Paragraph("Si ce n'est pas vous, changez tout de suite votre mot de passe : la demande a été faite avec celui-ci.")
            .Button("Changer mon mot de passe", urls.Absolute(SiteLinks.ChangePassword))
            .Link("Mot de passe oublié", urls.Absolute(SiteLinks.ForgotPassword))
            .Footer("Vous recevez ce message parce que cette adresse est celle de votre compte.")
            .Build();

    public static MailContent AddressTaken(IPublicUrls urls, ApplicationUser owner) =>
        new MailBuilder("Quelqu'un a essayé d'utiliser votre adresse")
            .Greeting(owner.DisplayName)
            .Paragraph("Quelqu'un vient de demander que son compte utilise votre adresse électronique. Votre adresse appartient déjà à votre compte : rien n'a changé.")
            .Button("Me connecter", urls.Absolute(SiteLinks.SignIn))
            .Footer("Vous recevez ce message parce que votre adresse a été saisie comme nouvelle adresse d'un autre compte. " + NotYou)
            .Build();
}
