using Microsoft.AspNetCore.Components.Forms;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Account;

/// <summary>
/// The page title, prefixed with « Erreur » when the form came back with errors: after a full page
/// reload, the title is the first thing a screen reader announces (RGAA 11.10).
/// </summary>
internal static class FormTitle
{
    public static string Of(string page, EditContext? form) =>
        PageTitleText.Of(form?.GetValidationMessages().Any() == true ? $"Erreur : {page}" : page);
}
