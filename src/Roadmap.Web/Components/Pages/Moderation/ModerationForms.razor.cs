using MediatR;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Moderation;
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

    [Parameter, EditorRequired] public Guid TargetId { get; set; }

    /// <summary>Names the content in the forms' accessible names.</summary>
    [Parameter, EditorRequired] public string Title { get; set; } = "";

    /// <summary>Where the reason will be read.</summary>
    [Parameter, EditorRequired] public string ReasonHint { get; set; } = "";

    [Parameter, EditorRequired] public string RestoreLabel { get; set; } = "";

    /// <summary>The confirmations (<see cref="ModerationMessages"/> keys) after a hide and after a restore.</summary>
    [Parameter] public (string Hidden, string Restored) Messages { get; set; } = (ModerationMessages.Hidden, ModerationMessages.Restored);

    /// <summary>The content's own moderation request for a decision and its reason.</summary>
    [Parameter, EditorRequired] public Func<ModerationDecision, string?, IRequest<Unit>> Request { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "masquer")]
    public HideInput Hide { get; set; } = default!;

    protected override void OnInitialized()
    {
        Hide ??= new HideInput();
        _form = new EditContext(Hide);
    }

    private Task HideAsync() => DecideAsync(ModerationDecision.Hide, Hide.Reason, Messages.Hidden);

    private Task RestoreAsync() => DecideAsync(ModerationDecision.Restore, null, Messages.Restored);

    private async Task DecideAsync(ModerationDecision decision, string? reason, string message)
    {
        var sent = await Mediator.TrySendAsync<Unit>(Request(decision, reason));
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
