using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Comments.ListComments;
using Roadmap.Application.Comments.RemoveUpvote;
using Roadmap.Application.Comments.UpvoteComment;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Actions;

public sealed partial class CommentSection
{
    /// <summary>The one form every « Utile » button of the section submits, with the comment's id as its value.</summary>
    internal const string UpvoteForm = "utile";

    private CommentThreadView? _thread;
    private string? _upvoteError;
    private CommentContext _section = default!;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

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

    [SupplyParameterFromForm(FormName = UpvoteForm, Name = UpvoteForm)] public string? UpvotedId { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var opened = new { ReplyTo = IdOrNull(ReplyTo), EditId = IdOrNull(EditId), DeleteId = IdOrNull(DeleteId), ReportId = IdOrNull(ReportId) };
        var around = IdOrNull(CommentId) ?? opened.ReplyTo ?? opened.EditId ?? opened.DeleteId ?? opened.ReportId;
        var page = Paging.Clamp(int.TryParse(Page, out var number) ? number : null);
        _thread = await Mediator.Send(new ListComments(ActionId, page, around, UpdateId));
        _section = new CommentContext(RoadmapSlug, ActionId, CurrentUser.Id is not null)
        {
            UpdateId = UpdateId,
            ReplyTo = opened.ReplyTo,
            EditId = opened.EditId,
            DeleteId = opened.DeleteId,
            ReportId = opened.ReportId,
            Page = _thread.Page,
        };
    }

    /// <summary>Upvotes the comment, or takes the upvote back when the page showed it as given.</summary>
    private async Task ToggleUpvoteAsync()
    {
        if (IdOrNull(UpvotedId) is not { } id)
        {
            return;
        }

        var given = _thread?.Comments.Any(c => c.Id == id && c.UpvotedByMe) == true;
        var sent = given ? await Mediator.TrySendAsync(new RemoveUpvote(id)) : await Mediator.TrySendAsync(new UpvoteComment(id));
        if (sent.Refused)
        {
            _upvoteError = sent.Error.Message;
            return;
        }

        Navigation.NavigateTo(_section.Done(given ? CommentMessages.UpvoteRemoved : CommentMessages.Upvoted, id));
    }

    private static Guid? IdOrNull(string? value) => Guid.TryParse(value, out var id) ? id : null;
}
