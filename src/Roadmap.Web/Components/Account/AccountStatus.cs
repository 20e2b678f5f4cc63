namespace Roadmap.Web.Components.Account;

/// <summary>
/// Confirmations shown once on the page a form redirects to. Only these ASCII keys travel in the
/// status cookie; the French text stays on the server.
/// </summary>
internal static class AccountStatus
{
    public const string CookieName = "roadmap.status";

    /// <summary>Long enough for a slow connection to follow the redirect, short enough not to show up later.</summary>
    public static readonly TimeSpan CookieLifetime = TimeSpan.FromMinutes(1);
    public const string PasswordReset = "mot-de-passe-reinitialise";
    public const string PasswordChanged = "mot-de-passe-modifie";
    public const string DisplayNameChanged = "nom-modifie";
    public const string SignedOutEverywhere = "deconnecte-partout";
    public const string AddressChangeRequested = "adresse-demandee";

    public static string? Text(string? key) => key switch
    {
        PasswordReset => "Votre mot de passe a été réinitialisé. Vous pouvez vous connecter avec le nouveau.",
        PasswordChanged => "Votre mot de passe a été modifié.",
        DisplayNameChanged => "Votre nom affiché a été enregistré.",
        SignedOutEverywhere => "Vous êtes déconnecté·e de tous vos appareils (au plus tard dans une minute pour les autres). Reconnectez-vous ici si besoin.",
        AddressChangeRequested => "Nous avons écrit à la nouvelle adresse : ouvrez le lien reçu pour confirmer le changement. D'ici là, votre adresse reste la même.",
        _ => null,
    };
}
