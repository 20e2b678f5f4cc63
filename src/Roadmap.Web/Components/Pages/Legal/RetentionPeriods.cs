using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Mail.PurgeSentMails;
using Roadmap.Web.Infrastructure;

namespace Roadmap.Web.Components.Pages.Legal;

/// <summary>One kind of personal data and how long it is kept.</summary>
internal sealed record Retention(string Data, string Period);

/// <summary>
/// How long each kind of personal data is kept, written from the values the code applies (the mail purge,
/// the session lifetimes, Identity's lockout and link lifetimes as configured), so the page cannot drift from them.
/// </summary>
internal static class RetentionPeriods
{
    public static IReadOnlyList<Retention> Of(LockoutOptions lockout, TimeSpan linkLifetime) =>
    [
        new("Compte : adresse électronique, nom affiché, organisation, rôles, statut vérifié, préférences de courriel",
            "Jusqu'à ce que vous supprimiez votre compte ; il est alors effacé aussitôt, avec vos demandes de statut et vos préférences."),
        new("Contributions : actions proposées, commentaires, soutiens, co-signatures, votes et idées en atelier, mesures d'indicateurs",
            "Publiques tant que la feuille de route est publiée. Si vous supprimez votre compte, elles restent sans votre nom (« Participant·e supprimé·e »), y compris dans les comptes rendus d'atelier, et les soutiens et votes comptent toujours."),
        new("Suivis et notifications", "Jusqu'à la suppression du compte, qui les efface."),
        new("Courriels envoyés par la plateforme",
            $"Effacés {FrenchDuration.Of(PurgeSentMails.SentKept)} après leur envoi, ou {FrenchDuration.Of(PurgeSentMails.FailedKept)} après l'abandon d'un envoi en échec."),
        new("Liens reçus par courriel (confirmation d'adresse, nouveau mot de passe)", $"Valables {FrenchDuration.Of(linkLifetime)}."),
        new("Session de connexion (cookie)",
            $"Fermée après {FrenchDuration.Of(SessionLifetime.Inactivity)} sans activité et {FrenchDuration.Of(SessionLifetime.Absolute)} au plus ; "
            + $"avec « Se souvenir de moi », après {FrenchDuration.Of(SessionLifetime.RememberedInactivity)} sans utilisation et {FrenchDuration.Of(SessionLifetime.RememberedAbsolute)} au plus."),
        new("Jetons de l'interface de programmation (API)",
            $"{FrenchDuration.Of(SessionLifetime.AccessToken)} pour un jeton d'accès, {FrenchDuration.Of(SessionLifetime.RefreshToken)} pour un jeton de renouvellement."),
        new("Échecs de connexion",
            $"Après {lockout.MaxFailedAccessAttempts} mots de passe erronés, le compte est bloqué {FrenchDuration.Of(lockout.DefaultLockoutTimeSpan)} ; le compteur repart de zéro à la connexion suivante réussie."),
        new("Participation sans compte à un atelier (nom choisi, empreinte du jeton d'invité)",
            "Conservée avec l'atelier et son compte rendu. Le jeton lui-même reste dans l'onglet du navigateur, qui l'efface à sa fermeture."),
        new("Journal du back-office (qui a changé quoi, et quand)",
            "Conservé sans limite : c'est la trace des décisions de l'administration. Le nom de la personne qui a agi y reste après la suppression de son compte."),
        new("Adresse IP",
            "Jamais enregistrée : elle sert, en mémoire et pendant une minute, à limiter le nombre de requêtes. Les journaux techniques notent la page demandée, la réponse et sa durée, sans adresse IP ni identité."),
    ];
}
