using System.Globalization;
using System.Text;
using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Actions.GetActionDetails;
using Roadmap.Application.Comments.DeleteComment;
using Roadmap.Web.Components.Shared;
using Roadmap.Web.Infrastructure;

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

    /// <summary>
    /// The row under a comment: « Utile », « Répondre », « Signaler », and for its author « Modifier » / « Supprimer »;
    /// nothing for a comment whose text is gone. One piece of HTML, not a component nor a fragment of elements: a page
    /// shows one row per comment for its reader, and written element by element the rows were a third of the thread's
    /// render tree (issue 14). Only the comment whose form is open needs the component.
    /// </summary>
    internal static MarkupString Row(CommentView comment, CommentContext section)
    {
        if (comment.IsDeleted || comment.IsHidden)
        {
            return default;
        }

        var id = comment.Id.ToString();
        var author = PageText.Html.Encode(comment.AuthorName);
        var path = section.ThreadPath;
        var html = new StringBuilder(640).Append("<div class=\"comment-tools\">");
        if (comment.CanUpvote)
        {
            // Submits the section's one « utile » form (CommentSection): one antiforgery token for the page, not one per comment.
            html.Append("<button type=\"submit\" form=\"").Append(CommentSection.UpvoteForm).Append("\" name=\"").Append(CommentSection.UpvoteForm)
                .Append("\" value=\"").Append(id).Append("\" class=\"text-button\" aria-pressed=\"").Append(comment.UpvotedByMe ? "true" : "false")
                .Append("\">Utile (").Append(comment.UpvoteCount.ToString(CultureInfo.InvariantCulture))
                .Append(")<span class=\"visually-hidden\"> : commentaire de ").Append(author).Append("</span></button>");
        }
        else
        {
            html.Append("<span class=\"muted\">Utile (").Append(comment.UpvoteCount.ToString(CultureInfo.InvariantCulture)).Append(")</span>");
        }

        if (comment.CanReply)
        {
            Link(html, path, "repondre", comment.Id).Append("Répondre<span class=\"visually-hidden\"> à ").Append(author).Append("</span></a>");
        }

        if (section.SignedIn && !comment.IsMine)
        {
            Link(html, path, "signaler", comment.Id).Append("Signaler<span class=\"visually-hidden\"> le commentaire de ").Append(author).Append("</span></a>");
        }

        if (comment.CanEdit)
        {
            Link(html, path, "modifier", comment.Id).Append("Modifier<span class=\"visually-hidden\"> mon commentaire</span></a>");
        }

        if (comment.IsMine)
        {
            Link(html, path, "supprimer", comment.Id).Append("Supprimer<span class=\"visually-hidden\"> mon commentaire</span></a>");
        }

        return new MarkupString(html.Append("</div>").ToString());
    }

    /// <summary>The opening of a link to <see cref="CommentContext.Open(string, Guid)"/>, from the thread's path built once per row.</summary>
    private static StringBuilder Link(StringBuilder html, string threadPath, string form, Guid commentId) =>
        html.Append("<a href=\"").Append(PageText.Html.Encode(CommentContext.Open(threadPath, form, commentId))).Append("\">");

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
