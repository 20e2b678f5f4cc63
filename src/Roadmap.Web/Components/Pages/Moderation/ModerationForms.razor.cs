using MediatR;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Roadmap.Application.Domain.Moderation;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Moderation;
using Roadmap.Application.Moderation.GetModerationQueue;
using Roadmap.Application.Moderation.ModerateAction;
using Roadmap.Application.Moderation.ModerateComment;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Moderation;

public sealed partial class ModerationForms
{
    private const int ReasonMaxLength = Comment.ModerationReasonMaxLength;
    private readonly object _restore = new();
    private EditContext _form = default!;
    private UseCaseError? _error;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter, EditorRequired] public ModerationItem Item { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "masquer")]
    public HideInput Hide { get; set; } = default!;

    private string RestoreLabel => Item.IsHeld || Item.IsHidden ? "Rétablir" : "Conserver et classer les signalements";

    protected override void OnInitialized()
    {
        Hide ??= new HideInput();
        _form = new EditContext(Hide);
    }

    private Task HideAsync() => DecideAsync(ModerationDecision.Hide, Hide.Reason, ModerationMessages.Hidden);

    private Task RestoreAsync() => DecideAsync(ModerationDecision.Restore, null, ModerationMessages.Restored);

    private async Task DecideAsync(ModerationDecision decision, string? reason, string message)
    {
        var sent = await Mediator.TrySendAsync<Unit>(Item.Target == ReportTarget.Comment
            ? new ModerateComment(Item.TargetId, decision, reason)
            : new ModerateAction(Item.TargetId, decision, reason));
        if (sent.Refused)
        {
            _error = sent.Error;
            return;
        }

        Navigation.NavigateTo($"/moderation?message={message}");
    }

    public sealed class HideInput
    {
        public string? Reason { get; set; } = "";
    }
}
