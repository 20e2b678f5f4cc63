using Roadmap.Web.Components.Account;
using Roadmap.Web.Components.Pages.Actions;
using Roadmap.Web.Infrastructure;

namespace Roadmap.Web.Components.Pages.Legal;

/// <summary>A cookie the site sets: its name, why, and for how long.</summary>
internal sealed record SiteCookie(string Name, string Purpose, string Lifetime);

/// <summary>
/// Every cookie the site sets, all strictly necessary (no consent needed). The names come from where the cookies
/// are set — the options the framework applies, or the constants of the pages — so a renamed cookie renames its line.
/// A web test walks the main journeys and fails if any cookie they receive is missing here.
/// </summary>
internal static class SiteCookies
{
    /// <summary>Set by the reverse proxy of deploy/nginx/roadmap.conf, not by the app; the two-node journey checks it is listed.</summary>
    public const string ProxyNodeCookie = "roadmap_noeud";

    private static readonly string OneRedirect =
        $"{FrenchDuration.Of(AccountStatus.CookieLifetime)} : le temps de suivre une redirection ; il est effacé dès la page affichée.";

    public static IReadOnlyList<SiteCookie> Of(string signInCookie, string antiforgeryCookie) =>
    [
        new(signInCookie, "Garde votre session ouverte une fois connecté·e (aucun cookie de connexion pour les visiteurs).",
            $"Jusqu'à la fermeture du navigateur, {FrenchDuration.Of(SessionLifetime.Inactivity)} sans activité et {FrenchDuration.Of(SessionLifetime.Absolute)} au plus ; "
            + $"avec « Se souvenir de moi », {FrenchDuration.Of(SessionLifetime.RememberedInactivity)} sans utilisation et {FrenchDuration.Of(SessionLifetime.RememberedAbsolute)} au plus."),
        new(antiforgeryCookie, "Protège les formulaires : vérifie qu'un envoi vient bien d'une page de ce site (protection contre la falsification de requête).",
            "Jusqu'à la fermeture du navigateur."),
        new(AccountStatus.CookieName, "Affiche une seule fois la confirmation d'un changement sur votre compte (« Votre mot de passe a été modifié »).", OneRedirect),
        new(SupportPanel.StatusCookie, "Affiche une seule fois la confirmation d'un soutien ou d'une co-signature sur la page de l'action.", OneRedirect),
        new(ProxyNodeCookie, "Garde votre connexion à un atelier en direct sur le même serveur quand le site en a plusieurs ; déposé seulement sur les adresses des ateliers en direct.",
            "Jusqu'à la fermeture du navigateur."),
    ];
}
