namespace Roadmap.Web.Components.Account.Pages.Manage;

/// <summary>The routes of the personal data pages (RGPD).</summary>
internal static class PersonalDataPaths
{
    public const string Index = "/compte/donnees";
    public const string Delete = "/compte/supprimer";
    public const string Deleted = "/compte/supprime";
}
