using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Actions.EditAction;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Actions;

public sealed partial class EditActionPage
{
    private EditableAction? _editable;
    private UseCaseError? _error;
    private string? _preview;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private IMarkdownRenderer Markdown { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The address of this page for an action.</summary>
    public static string PathFor(string slug, Guid id) => $"{Links.Action(slug, id)}/modifier";

    [Parameter]
    public string Slug { get; set; } = "";

    [Parameter]
    public Guid Id { get; set; }

    [SupplyParameterFromForm(FormName = "modifier-action")]
    private ActionFormModel Input { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _editable = await Mediator.FindAsync(new GetActionForEdit(Slug, Id));
        if (_editable is null)
        {
            Navigation.NotFound();
            return;
        }

        Input ??= ActionFormModel.From(_editable.Current);
    }

    private async Task SubmitAsync()
    {
        if (ActionFormCommands.TryApply(Input, Input.Command))
        {
            _preview = Input.Command == ActionFormCommands.Preview ? Markdown.ToSafeHtml(Input.Description) : null;
            return;
        }

        var unreadable = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var request = Input.ToFields(new EditAction { ActionId = Id }, unreadable);
        if (unreadable.Count > 0)
        {
            _error = UseCaseError.From(new ValidationFailedException(unreadable));
            return;
        }

        var sent = await Mediator.TrySendAsync(request);
        if (sent.Refused)
        {
            _error = sent.Error;
            return;
        }

        Navigation.NavigateTo(Links.Action(Slug, Id));
    }
}
