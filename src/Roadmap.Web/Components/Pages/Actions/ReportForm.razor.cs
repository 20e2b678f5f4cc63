using MediatR;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Roadmap.Application.Comments.ReportContent;
using Roadmap.Application.Domain.Moderation;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Actions;

public sealed partial class ReportForm
{
    private EditContext _form = default!;
    private UseCaseError? _error;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter, EditorRequired] public CommentContext Section { get; set; } = default!;

    [Parameter, EditorRequired] public ReportTarget Target { get; set; }

    [Parameter, EditorRequired] public Guid TargetId { get; set; }

    [SupplyParameterFromForm(FormName = "signalement")]
    public ReportInput Input { get; set; } = default!;

    private string Prefix => Target == ReportTarget.Action ? "signaler-action" : $"signaler-{TargetId}";

    protected override void OnInitialized()
    {
        Input ??= new ReportInput();
        _form = new EditContext(Input);
    }

    private async Task SubmitAsync()
    {
        var sent = await Mediator.TrySendAsync(new ReportContent(Target, TargetId, Input.Reason ?? ""));
        if (sent.Refused)
        {
            _error = sent.Error;
            return;
        }

        Navigation.NavigateTo(Target == ReportTarget.Action ? Section.Done(CommentMessages.Reported) : Section.Done(CommentMessages.Reported, TargetId));
    }

    public sealed class ReportInput
    {
        public string? Reason { get; set; } = "";
    }
}
