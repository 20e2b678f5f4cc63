using Microsoft.AspNetCore.Components.Forms;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Actions;

/// <summary>
/// Puts a use case's refusal on a form: each field error next to its field (the inputs then carry
/// aria-invalid), the general message in <see cref="Message"/> for the alert above the form.
/// </summary>
public sealed class FormRefusal(EditContext form)
{
    private readonly ValidationMessageStore _messages = new(form);

    public string? Message { get; private set; }

    public void Show(UseCaseError error)
    {
        _messages.Clear();
        foreach (var (field, messages) in error.FieldErrors)
        {
            _messages.Add(form.Field(field), messages);
        }

        Message = error.Message;
        form.NotifyValidationStateChanged();
    }
}
