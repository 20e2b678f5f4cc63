using Microsoft.AspNetCore.Components.Forms;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Account;

/// <summary>A refused request on an account form, whose inputs are named like the request's properties.</summary>
internal static class FormRefusals
{
    /// <summary>Each field's errors next to it; the general message (or the errors tied to no field) above the form.</summary>
    public static void Show(EditContext form, ValidationMessageStore messages, UseCaseError error, params string[] fields)
    {
        foreach (var field in fields)
        {
            messages.Add(form.Field(field), error.For(field));
        }

        messages.Add(new FieldIdentifier(form.Model, string.Empty), fields.Any(f => error.For(f).Any()) ? error.For("") : [error.Message]);
        form.NotifyValidationStateChanged();
    }
}
