using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Roadmap.Application.Comments.DeleteComment;
using Roadmap.Application.Comments.EditComment;
using Roadmap.Application.Comments.ListComments;
using Roadmap.Application.Comments.PostComment;
using Roadmap.Application.Comments.RemoveUpvote;
using Roadmap.Application.Comments.ReportContent;
using Roadmap.Application.Comments.UpvoteComment;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Moderation;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Moderation;
using Roadmap.Application.Moderation.GetModerationQueue;
using Roadmap.Application.Moderation.ModerateAction;
using Roadmap.Application.Moderation.ModerateComment;
using Roadmap.Application.Moderation.ModerateMediatedContribution;

namespace Roadmap.Web.Api;

/// <summary>
/// Comments, upvotes, reports and moderation. Bodies come as sanitised HTML (<c>bodyHtml</c>); the raw
/// Markdown (<c>bodyMarkdown</c>) only for the caller's own visible comments, to edit them; hidden text never.
/// Alignment and decision travel as strings and are checked here, so a wrong value is a 422, not a 400.
/// </summary>
internal static class CommentEndpoints
{
    public static RouteGroupBuilder MapCommentEndpoints(this RouteGroupBuilder api)
    {
        // Problems and challenges are the answer: the HTML status pages must not replace them (a 401 would become a 400).
        var comments = api.MapGroup("").WithTags("Commentaires");
        // Public, but a bearer token is read when sent, so that each comment says what the caller may do with it.
        comments.MapGet("/actions/{id:guid}/comments", ListAsync).RequireAuthorization(ApiEndpoints.AuthenticatedPolicy).AllowAnonymous()
            .WithName("ListComments").WithSummary("Les commentaires d'une action (ou de son point d'étape updateId), dans l'ordre des fils de discussion, 10 fils par page (page, ou around = la page d'un commentaire).");
        comments.MapPost("/actions/{id:guid}/comments", PostAsync).AsWrite().WithName("PostComment")
            .WithSummary("Commenter l'action (Pour, Contre ou Neutre) ou l'un de ses points d'étape (updateId), ou répondre à un commentaire (parentId).");
        comments.MapPut("/comments/{id:guid}", EditAsync).AsWrite().WithName("EditComment")
            .WithSummary("Corriger son commentaire, dans les 30 minutes qui suivent sa publication.");
        comments.MapDelete("/comments/{id:guid}", DeleteAsync).AsWrite().WithName("DeleteComment").WithSummary("Supprimer son commentaire.");
        comments.MapPut("/comments/{id:guid}/upvote", UpvoteAsync).AsWrite().WithName("UpvoteComment").WithSummary("Trouver un commentaire utile.");
        comments.MapDelete("/comments/{id:guid}/upvote", RemoveUpvoteAsync).AsWrite().WithName("RemoveUpvote").WithSummary("Retirer son « utile ».");
        comments.MapPost("/comments/{id:guid}/reports", (Guid id, ReportBody body, IMediator mediator, CancellationToken ct) =>
                ReportAsync(ReportTarget.Comment, id, body, mediator, ct))
            .AsWrite().WithName("ReportComment").WithSummary("Signaler un commentaire à la modération.");
        comments.MapPost("/actions/{id:guid}/reports", (Guid id, ReportBody body, IMediator mediator, CancellationToken ct) =>
                ReportAsync(ReportTarget.Action, id, body, mediator, ct))
            .AsWrite().WithName("ReportAction").WithSummary("Signaler une action à la modération.");

        var moderation = api.MapGroup("/moderation").WithTags("Modération");
        moderation.MapGet("", QueueAsync).RequireAuthorization(ApiEndpoints.AuthenticatedPolicy).WithName("GetModerationQueue")
            .WithSummary("Les contenus signalés en attente de décision (animateur·rices et administrateur·rices).");
        moderation.MapPost("/comments/{id:guid}", ModerateCommentAsync).AsWrite().WithName("ModerateComment")
            .WithSummary("Masquer (avec un motif public) ou rétablir un commentaire.");
        moderation.MapPost("/actions/{id:guid}", ModerateActionAsync).AsWrite().WithName("ModerateAction")
            .WithSummary("Masquer (avec un motif public) ou rétablir une action.");
        moderation.MapPost("/mediated-contributions/{id:guid}", ModerateMediatedContributionAsync).AsWrite().WithName("ModerateMediatedContribution")
            .WithSummary("Masquer (avec un motif) ou rétablir un commentaire ou une idée recueillis par un·e médiateur·rice.");
        return api;
    }

    private static async Task<Ok<CommentThreadView>> ListAsync(Guid id, int? page, Guid? around, Guid? updateId, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListComments(id, page ?? 1, around, updateId), cancellationToken));

    private static async Task<Results<Created<PostedComment>, Ok<PostedComment>>> PostAsync(
        Guid id, NewCommentBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        var posted = await mediator.Send(new PostComment(id, body.Body ?? "", ParseAlignment(body.Alignment), body.ParentId, body.UpdateId), cancellationToken);
        return posted.AlreadyPosted ? TypedResults.Ok(posted) : TypedResults.Created(posted.Link, posted);
    }

    private static async Task<NoContent> EditAsync(Guid id, EditCommentBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new EditComment(id, body.Body ?? ""), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> DeleteAsync(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteComment(id), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> UpvoteAsync(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new UpvoteComment(id), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> RemoveUpvoteAsync(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RemoveUpvote(id), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Created<ReportReceipt>> ReportAsync(ReportTarget target, Guid id, ReportBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        var reportId = await mediator.Send(new ReportContent(target, id, body.Reason ?? ""), cancellationToken);
        return TypedResults.Created((string?)null, new ReportReceipt(reportId));
    }

    private static async Task<Ok<IReadOnlyList<ModerationItem>>> QueueAsync(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetModerationQueue(), cancellationToken));

    private static async Task<NoContent> ModerateCommentAsync(Guid id, ModerationBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new ModerateComment(id, ParseDecision(body.Decision), body.Reason), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ModerateActionAsync(Guid id, ModerationBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new ModerateAction(id, ParseDecision(body.Decision), body.Reason), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ModerateMediatedContributionAsync(Guid id, ModerationBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new ModerateMediatedContribution(id, ParseDecision(body.Decision), body.Reason), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>« For », « Against », « Neutral » or their French labels, in any case; none means neutral.</summary>
    private static CommentAlignment ParseAlignment(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "neutral" or "neutre" => CommentAlignment.Neutral,
        "for" or "pour" => CommentAlignment.For,
        "against" or "contre" => CommentAlignment.Against,
        _ => throw ValidationFailedException.For("Alignment", "La position doit être « pour », « contre » ou « neutre »."),
    };

    private static ModerationDecision ParseDecision(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "hide" => ModerationDecision.Hide,
        "restore" => ModerationDecision.Restore,
        _ => throw ValidationFailedException.For("Decision", "La décision doit être « hide » (masquer) ou « restore » (rétablir)."),
    };

    internal sealed record NewCommentBody(string? Body, string? Alignment, Guid? ParentId, Guid? UpdateId);

    internal sealed record EditCommentBody(string? Body);

    internal sealed record ReportBody(string? Reason);

    internal sealed record ReportReceipt(Guid Id);

    internal sealed record ModerationBody(string? Decision, string? Reason);
}
