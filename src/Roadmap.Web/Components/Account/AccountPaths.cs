using Roadmap.Application.Common;

namespace Roadmap.Web.Components.Account;

/// <summary>The French routes of the account pages, named once.</summary>
internal static class AccountPaths
{
    public const string Manage = "/compte";
    public const string Register = "/compte/inscription";
    public const string Registered = "/compte/inscription-enregistree";
    public const string Login = "/compte/connexion";
    public const string Logout = "/compte/deconnexion";
    public const string SignOutEverywhere = "/compte/deconnexion-partout";
    public const string ForgotPassword = "/compte/mot-de-passe-oublie";
    public const string ForgotPasswordConfirmation = "/compte/mot-de-passe-oublie/confirmation";
    public const string ResetPassword = "/compte/reinitialiser";
    public const string ChangePassword = "/compte/mot-de-passe";
    public const string AccessDenied = "/compte/acces-refuse";
    public const string Lockout = "/compte/verrouille";
    public const string ResendConfirmation = SiteLinks.ResendConfirmation;
    public const string ConfirmAddress = "/compte/confirmer-adresse";
    public const string ChangeAddress = "/compte/adresse";
    public const string ConfirmNewAddress = "/compte/confirmer-nouvelle-adresse";

    /// <summary>Carries the page the visitor came from, if any, to the next account page.</summary>
    public static string WithReturnUrl(string path, string? returnUrl) =>
        LocalUrl.IsLocal(returnUrl) ? $"{path}?returnUrl={Uri.EscapeDataString(returnUrl!)}" : path;
}
