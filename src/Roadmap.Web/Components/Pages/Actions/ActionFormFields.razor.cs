using Microsoft.AspNetCore.Components;
using Roadmap.Application.Actions.ActionForm;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Actions;

public sealed partial class ActionFormFields
{
    [Parameter, EditorRequired]
    public ActionFormModel Model { get; set; } = default!;

    [Parameter, EditorRequired]
    public ActionFormOptions Options { get; set; } = default!;

    /// <summary>What the last submit was refused for; field messages are keyed like the request (<c>Indicators[0].Name</c>).</summary>
    [Parameter]
    public UseCaseError? Error { get; set; }

    /// <summary>The sanitised HTML of the description when « Prévisualiser » was pressed; null otherwise.</summary>
    [Parameter]
    public string? PreviewHtml { get; set; }

    private string? Invalid(string field) => FieldErrors.Invalid(Error, field);

    private string? DescribedBy(string id, string field, bool hint = false) => FieldErrors.DescribedBy(Error, id, field, hint);

    private RenderFragment Messages(string id, string field) => FieldErrors.Render(Error, id, field);
}
