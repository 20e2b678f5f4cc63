using Microsoft.AspNetCore.Components;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Workshops.Manage;

public sealed partial class WorkshopAgendaRowFields
{
    [Parameter, EditorRequired]
    public AgendaRow Row { get; set; } = default!;

    [Parameter, EditorRequired]
    public int Index { get; set; }

    /// <summary>How many points the agenda has: the last one cannot move down.</summary>
    [Parameter, EditorRequired]
    public int Count { get; set; }

    [Parameter, EditorRequired]
    public WorkshopFormOptions Options { get; set; } = default!;

    [Parameter]
    public UseCaseError? Error { get; set; }

    private string KindLabel => Row.Kind switch
    {
        AgendaItemKind.Axis => "Axe stratégique",
        AgendaItemKind.Actions => "Actions",
        _ => "Sujet libre",
    };

    private string TopicLabel => Row.Kind switch
    {
        AgendaItemKind.FreeTopic => "Sujet",
        AgendaItemKind.Actions => "Intitulé du point (facultatif)",
        _ => "Précision (facultative)",
    };

    private string AxisName(Guid axisId) =>
        Options.Axes.FirstOrDefault(a => a.Id == axisId) is { } axis ? $"Axe {axis.Position} — {axis.Title}" : "Déjà à l'ordre du jour";

    private string Id(string part) => $"point-{Index + 1}-{part}";

    private string Name(string property) => $"Input.Agenda[{Index}].{property}";

    private string Field(string property) => $"Draft.Agenda[{Index}].{property}";

    private string? Invalid(string property) => FieldErrors.Invalid(Error, Field(property));

    private string? DescribedBy(string part, string property) => FieldErrors.DescribedBy(Error, Id(part), Field(property), hint: false);

    private RenderFragment Messages(string part, string property) => FieldErrors.Render(Error, Id(part), Field(property));
}
