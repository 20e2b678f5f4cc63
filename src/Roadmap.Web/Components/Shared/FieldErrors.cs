using Microsoft.AspNetCore.Components;

namespace Roadmap.Web.Components.Shared;

/// <summary>
/// The one way a form shows a refusal beside its fields: ties a field to its hint and to its error
/// messages (aria-describedby, aria-invalid, the « -erreur » paragraph), from the <see cref="UseCaseError"/>
/// that <see cref="PageRequests"/> gave back. The general message goes in the alert above the form.
/// </summary>
internal static class FieldErrors
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
