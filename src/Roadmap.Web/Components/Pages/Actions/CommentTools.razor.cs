using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Actions.GetActionDetails;
using Roadmap.Application.Comments.DeleteComment;
using Roadmap.Web.Components.Shared;
using Thread = Roadmap.Application.Domain.Participation.Comment;

namespace Roadmap.Web.Components.Pages.Actions;

public sealed partial class CommentTools
{
    private string? _error;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter, EditorRequired] public CommentView Comment { get; set; } = default!;

    [Parameter, EditorRequired] public CommentContext Section { get; set; } = default!;

    /// <summary>Whether the comment's own form, opened by the address, is shown under it: then it needs this component.</summary>
    internal static bool HasFormOpen(CommentView comment, CommentContext section) =>
        comment.Id == section.ReplyTo || comment.Id == section.EditId || comment.Id == section.DeleteId || comment.Id == section.ReportId;

    private static bool MayUpvote(CommentView comment, CommentContext section) => section.CanComment && !comment.IsMine;

    private static bool MayReply(CommentView comment, CommentContext section) => section.CanComment && comment.Depth < Thread.MaxDepth;

    private Task DeleteAsync() => SendThenReturnAsync(new DeleteComment(Comment.Id), Section.Done(CommentMessages.Deleted));

    private async Task SendThenReturnAsync(IRequest<Unit> request, string next)
    {
        var sent = await Mediator.TrySendAsync(request);
        if (sent.Refused)
        {
            _error = sent.Error.Message;
            return;
        }

        Navigation.NavigateTo(next);
    }
}
