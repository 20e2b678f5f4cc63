using Microsoft.AspNetCore.Components;
using Roadmap.Application.Workshops.GroupIdea;
using Roadmap.Application.Workshops.HideIdea;
using Roadmap.Application.Workshops.Ideas;
using Roadmap.Application.Workshops.PromoteIdea;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Workshops.Console;

public sealed partial class ConsoleIdea
{
    private string? _failedForm;
    private UseCaseError? _error;

    [Parameter, EditorRequired]
    public IdeaView Idea { get; set; } = default!;

    // Bound from whichever idea form was posted: each idea's forms have their own names, so only that idea acts.
    [SupplyParameterFromForm]
    private string? GroupAxisId { get; set; }

    [SupplyParameterFromForm]
    private string? PromoteAxisId { get; set; }

    [SupplyParameterFromForm]
    private string? HideReason { get; set; }

    public static string GroupFormName(Guid ideaId) => $"rattacher-{ideaId:N}";

    public static string PromoteFormName(Guid ideaId) => $"transformer-{ideaId:N}";

    public static string HideFormName(Guid ideaId) => $"masquer-{ideaId:N}";

    private string GroupForm => GroupFormName(Idea.Id);

    private string PromoteForm => PromoteFormName(Idea.Id);

    private string HideForm => HideFormName(Idea.Id);

    private string? ErrorId(string form) => _failedForm == form ? $"{form}-erreur" : null;

    private RenderFragment Alert(string form) => builder =>
    {
        if (_failedForm != form || _error is null)
        {
            return;
        }

        builder.OpenElement(0, "p");
        builder.AddAttribute(1, "id", $"{form}-erreur");
        builder.AddAttribute(2, "class", "alert");
        builder.AddAttribute(3, "role", "alert");
        builder.AddContent(4, _error.Sentence);
        builder.CloseElement();
    };

    private Task GroupAsync() => RunAsync(GroupForm, GroupAxisId, axis => SendAsync(new GroupIdea(WorkshopId, Idea.Id, axis), ConsoleStatus.IdeaGrouped));

    private Task PromoteAsync() => RunAsync(PromoteForm, PromoteAxisId, axis => SendAsync(new PromoteIdea(WorkshopId, Idea.Id, axis), ConsoleStatus.IdeaPromoted));

    private async Task HideAsync()
    {
        _failedForm = HideForm;
        _error = await SendAsync(new HideIdea(WorkshopId, Idea.Id, HideReason ?? ""), ConsoleStatus.IdeaHidden);
    }

    private async Task RunAsync(string form, string? axisText, Func<Guid, Task<UseCaseError?>> send)
    {
        _failedForm = form;
        _error = Guid.TryParse(axisText, out var axis) ? await send(axis) : Refusal("Choisissez un axe.");
    }
}
