using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Actions.ActionForm;
using Roadmap.Application.Actions.ProposeAction;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Actions;

public sealed partial class ProposeActionPage
{
    private ActionFormOptions? _options;
    private UseCaseError? _error;
    private string? _preview;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private IMarkdownRenderer Markdown { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter]
    public string Slug { get; set; } = "";

    [SupplyParameterFromForm(FormName = "proposer")]
    private ActionFormModel Input { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var firstShown = Input is null;

        // A new key each time the form is first shown: a second click or a resubmitted POST finds the action already created.
        Input ??= new ActionFormModel { SubmissionKey = Guid.NewGuid() };
        _options = await Mediator.FindAsync(new GetActionFormOptions(Slug));
        if (_options is null)
        {
            Navigation.NotFound();
            return;
        }

        if (firstShown)
        {
            Input.OrganisationId = _options.OwnOrganisation?.Id.ToString() ?? "";
        }
    }

    private async Task SubmitAsync()
    {
        if (ActionFormCommands.TryApply(Input, Input.Command))
        {
            _preview = Input.Command == ActionFormCommands.Preview ? Markdown.ToSafeHtml(Input.Description) : null;
            return;
        }

        var unreadable = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var request = Input.ToFields(new ProposeAction { RoadmapSlug = Slug, SubmissionKey = Input.SubmissionKey }, unreadable);
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

        Navigation.NavigateTo(Links.Action(sent.Response.RoadmapSlug, sent.Response.Id));
    }
}
