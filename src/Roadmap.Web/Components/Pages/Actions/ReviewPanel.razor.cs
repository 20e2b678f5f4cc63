using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Actions.GetActionControls;
using Roadmap.Application.Actions.ReviewAction;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Actions;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Actions;

public sealed partial class ReviewPanel
{
    private UseCaseError? _error;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter, EditorRequired]
    public string RoadmapSlug { get; set; } = "";

    [Parameter, EditorRequired]
    public Guid ActionId { get; set; }

    [Parameter, EditorRequired]
    public ActionControls Controls { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "examen-action")]
    private ReviewFormModel Review { get; set; } = default!;

    protected override void OnInitialized() => Review ??= new ReviewFormModel();

    private async Task ReviewAsync()
    {
        int? percent = null;
        if (Review.ProgressPercent.Trim() is { Length: > 0 } typed)
        {
            if (!int.TryParse(typed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                _error = UseCaseError.From(ValidationFailedException.For(nameof(ReviewAction.ProgressPercent), "L'avancement doit être un nombre entier entre 0 et 100."));
                return;
            }

            percent = value;
        }

        var status = Enum.TryParse<ActionStatus>(Review.Status, ignoreCase: false, out var s) ? s : ActionStatus.Proposed;
        var request = new ReviewAction(ActionId, status, Review.Reason, status == ActionStatus.InProgress ? percent : null,
            status == ActionStatus.Merged && Guid.TryParse(Review.MergedIntoId, out var target) ? target : null);
        var sent = await Mediator.TrySendAsync(request);
        if (sent.Refused)
        {
            _error = sent.Error;
            return;
        }

        Navigation.NavigateTo(Links.Action(RoadmapSlug, ActionId));
    }

    private string? Invalid(string field) => FieldErrors.Invalid(_error, field);

    private string? DescribedBy(string id, string field, bool hint) => FieldErrors.DescribedBy(_error, id, field, hint);

    private RenderFragment Messages(string id, string field) => FieldErrors.Render(_error, id, field);
}
