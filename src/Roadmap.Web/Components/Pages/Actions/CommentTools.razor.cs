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

    private bool MayUpvote => Section.CanComment && !Comment.IsMine;

    private bool MayReply => Section.CanComment && Comment.Depth < Thread.MaxDepth;

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
