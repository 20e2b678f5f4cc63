using Microsoft.AspNetCore.Components;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.ListFacilitators;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Workshops.Manage;

public sealed partial class WorkshopFormFields
{
    private static readonly WorkshopMode[] Modes = [WorkshopMode.Visio, WorkshopMode.InPerson, WorkshopMode.Hybrid];

    [Parameter, EditorRequired]
    public WorkshopFormModel Model { get; set; } = default!;

    [Parameter, EditorRequired]
    public WorkshopFormOptions Options { get; set; } = default!;

    /// <summary>The person filling in the form: they run the workshop already, so they are not offered as a co-facilitator.</summary>
    [Parameter]
    public Guid? CurrentUserId { get; set; }

    /// <summary>What the last submit was refused for; field messages are keyed like the request (<c>Draft.Agenda[0].Topic</c>).</summary>
    [Parameter]
    public UseCaseError? Error { get; set; }

    private List<FacilitatorOption> OtherFacilitators => [.. Options.Facilitators.Where(f => f.Id != CurrentUserId)];

    private static string ModeChoice(WorkshopMode mode) => mode switch
    {
        WorkshopMode.Visio => "Visio (à distance)",
        WorkshopMode.InPerson => "En présentiel (dans une salle)",
        _ => "Hybride (dans une salle et à distance)",
    };

    private string? Invalid(string field) => FieldErrors.Invalid(Error, field);

    private string? DescribedBy(string id, string field, bool hint = false) => FieldErrors.DescribedBy(Error, id, field, hint);

    private RenderFragment Messages(string id, string field) => FieldErrors.Render(Error, id, field);
}
