namespace Roadmap.Application.Common;

/// <summary>The public French routes, known to the use cases that write links (notifications, minutes).</summary>
public static class SiteLinks
{
    public static string Roadmap(string slug) => $"/feuilles-de-route/{slug}";

    public static string Action(string slug, Guid id) => $"/feuilles-de-route/{slug}/actions/{id}";

    /// <summary>The action page showing the comment's page of the thread (<c>?commentaire=</c>), scrolled to it.</summary>
    public static string Comment(string slug, Guid actionId, Guid commentId) => $"{Action(slug, actionId)}?commentaire={commentId}#commentaire-{commentId}";

    /// <summary>A point d'étape of an action, with its comments.</summary>
    public static string ActionUpdate(string slug, Guid actionId, Guid updateId) => $"{Action(slug, actionId)}/points-d-etape/{updateId}";

    /// <summary>A comment on the action itself (<paramref name="updateId"/> null) or on one of its points d'étape.</summary>
    public static string Comment(string slug, Guid actionId, Guid? updateId, Guid commentId) => updateId is { } id
        ? $"{ActionUpdate(slug, actionId, id)}?commentaire={commentId}#commentaire-{commentId}"
        : Comment(slug, actionId, commentId);

    public static string Workshop(Guid id) => $"/ateliers/{id}";

    public static string JoinWorkshop(string joinCode) => $"/rejoindre/{joinCode}";

    /// <summary>The workshop page, at its published minutes.</summary>
    public static string WorkshopMinutes(Guid id) => $"{Workshop(id)}#compte-rendu-titre";
    public static string Notifications() => "/notifications";

    /// <summary>The signed-in person's mail preferences.</summary>
    public static string MailPreferences() => "/compte/courriels";

    /// <summary>The one-click unsubscribe address (a page on GET, the RFC 8058 POST); the token is secret.</summary>
    public static string Unsubscribe(string token) => $"/courriels/desabonnement/{Uri.EscapeDataString(token)}";
    public const string SignIn = "/compte/connexion";

    public const string ForgotPassword = "/compte/mot-de-passe-oublie";

    public const string ChangePassword = "/compte/mot-de-passe";

    public const string ResendConfirmation = "/compte/renvoyer-confirmation";

    /// <summary>The address confirmation link; <paramref name="code"/> is Base64Url (see <c>Account.AccountCodes</c>).</summary>
    public static string ConfirmAddress(Guid userId, string code) =>
        $"/compte/confirmer-adresse?userId={userId}&code={Uri.EscapeDataString(code)}";

    public static string ConfirmNewAddress(Guid userId, string email, string code) =>
        $"/compte/confirmer-nouvelle-adresse?userId={userId}&email={Uri.EscapeDataString(email)}&code={Uri.EscapeDataString(code)}";

    public static string ResetPassword(string email, string code) =>
        $"/compte/reinitialiser?code={Uri.EscapeDataString(code)}&email={Uri.EscapeDataString(email)}";
}
