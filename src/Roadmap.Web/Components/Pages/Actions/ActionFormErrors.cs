using Microsoft.AspNetCore.Components;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Actions;

/// <summary>Ties a field of the action form to its hint and its error messages (aria-describedby, aria-invalid).</summary>
internal static class ActionFormErrors
{
    public static string? Invalid(UseCaseError? error, string field) => error?.For(field).Any() == true ? "true" : null;

    public static string? DescribedBy(UseCaseError? error, string id, string field, bool hint)
    {
        var ids = string.Join(' ', new[] { hint ? $"{id}-aide" : null, error?.For(field).Any() == true ? $"{id}-erreur" : null }.OfType<string>());
        return ids.Length == 0 ? null : ids;
    }

    public static RenderFragment Render(UseCaseError? error, string id, string field) => builder =>
    {
        var messages = error?.For(field).ToList() ?? [];
        if (messages.Count == 0)
        {
            return;
        }

        builder.OpenElement(0, "p");
        builder.AddAttribute(1, "id", $"{id}-erreur");
        builder.AddAttribute(2, "class", "field-error");
        builder.AddContent(3, string.Join(" ", messages));
        builder.CloseElement();
    };
}
