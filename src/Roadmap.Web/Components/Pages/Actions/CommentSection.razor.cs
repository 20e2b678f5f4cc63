using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Comments.ListComments;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Web.Components.Pages.Actions;

public sealed partial class CommentSection
{
    private CommentThreadView? _thread;
    private CommentContext _section = default!;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private ICurrentUser CurrentUser { get; set; } = default!;

    [Parameter, EditorRequired] public string RoadmapSlug { get; set; } = "";

    [Parameter, EditorRequired] public Guid ActionId { get; set; }

    /// <summary>Set on a point d'étape's page: its thread rather than the action's.</summary>
    [Parameter] public Guid? UpdateId { get; set; }

    // Read as text: a mistyped address shows the page without the form rather than an error.
    [SupplyParameterFromQuery(Name = "repondre")] public string? ReplyTo { get; set; }

    [SupplyParameterFromQuery(Name = "modifier")] public string? EditId { get; set; }

    [SupplyParameterFromQuery(Name = "supprimer")] public string? DeleteId { get; set; }

    [SupplyParameterFromQuery(Name = "signaler")] public string? ReportId { get; set; }

    [SupplyParameterFromQuery(Name = "message")] public string? Message { get; set; }

    [SupplyParameterFromQuery(Name = "commentaire")] public string? CommentId { get; set; }

    [SupplyParameterFromQuery(Name = "page")] public string? Page { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var opened = new { ReplyTo = IdOrNull(ReplyTo), EditId = IdOrNull(EditId), DeleteId = IdOrNull(DeleteId), ReportId = IdOrNull(ReportId) };
        var around = IdOrNull(CommentId) ?? opened.ReplyTo ?? opened.EditId ?? opened.DeleteId ?? opened.ReportId;
        var page = Paging.Clamp(int.TryParse(Page, out var number) ? number : null);
        _thread = await Mediator.Send(new ListComments(ActionId, page, around, UpdateId));
        _section = new CommentContext(RoadmapSlug, ActionId, CurrentUser.Id is not null, _thread.CanComment)
        {
            UpdateId = UpdateId,
            ReplyTo = opened.ReplyTo,
            EditId = opened.EditId,
            DeleteId = opened.DeleteId,
            ReportId = opened.ReportId,
            Page = _thread.Page,
        };
    }

    private static Guid? IdOrNull(string? value) => Guid.TryParse(value, out var id) ? id : null;
}
