using MediatR;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Roadmap.Application.Actions.GetActionDetails;
using Roadmap.Application.Comments.EditComment;
using Roadmap.Application.Comments.PostComment;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Common;
using Roadmap.Web.Components.Shared;
using Thread = Roadmap.Application.Domain.Participation.Comment;

namespace Roadmap.Web.Components.Pages.Actions;

public sealed partial class CommentForm
{
    private const int MaxLength = Thread.BodyMaxLength;
    private static readonly CommentAlignment[] Alignments = [CommentAlignment.For, CommentAlignment.Against, CommentAlignment.Neutral];
    private static readonly string MaxLengthText = FrenchFormat.Number(MaxLength);

    private EditContext _form = default!;
    private UseCaseError? _error;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter, EditorRequired] public CommentContext Section { get; set; } = default!;

    [Parameter] public CommentFormMode Mode { get; set; } = CommentFormMode.New;

    /// <summary>The comment answered (reply) or corrected (edit).</summary>
    [Parameter] public CommentView? Comment { get; set; }

    [SupplyParameterFromForm(FormName = "commentaire")]
    public CommentInput Input { get; set; } = default!;

    private string Prefix => Mode switch
    {
        CommentFormMode.Reply => $"reponse-{Comment?.Id}",
        CommentFormMode.Edit => $"modification-{Comment?.Id}",
        _ => "commenter",
    };

    private string Title => Mode switch
    {
        CommentFormMode.Reply => $"Répondre à {Comment?.AuthorName}",
        CommentFormMode.Edit => "Modifier mon commentaire",
        _ => "Ajouter un commentaire",
    };

    private string BodyLabel => Mode switch
    {
        CommentFormMode.Reply => $"Votre réponse à {Comment?.AuthorName}",
        _ => "Votre commentaire",
    };

    private string SubmitLabel => Mode switch
    {
        CommentFormMode.Reply => "Publier la réponse",
        CommentFormMode.Edit => "Enregistrer la modification",
        _ => "Publier le commentaire",
    };

    protected override void OnInitialized()
    {
        Input ??= new CommentInput { Body = Mode == CommentFormMode.Edit ? Comment?.BodyMarkdown ?? "" : "" };
        _form = new EditContext(Input);
    }

    private async Task SubmitAsync()
    {
        var sent = await PageRequests.TryAsync(() => SendAsync(Input));
        if (sent.Refused)
        {
            _error = sent.Error;
            return;
        }

        Navigation.NavigateTo(sent.Response);
    }

    /// <summary>Sends the request and says where to go next: back to the comment, with a confirmation.</summary>
    private async Task<string> SendAsync(CommentInput input)
    {
        if (Mode == CommentFormMode.Edit && Comment is not null)
        {
            await Mediator.Send(new EditComment(Comment.Id, input.Body ?? ""));
            return Section.Done(CommentMessages.Edited, Comment.Id);
        }

        var parentId = Mode == CommentFormMode.Reply ? Comment?.Id : null;
        var posted = await Mediator.Send(new PostComment(Section.ActionId, input.Body ?? "", input.Alignment, parentId, Section.UpdateId));
        return Section.Done(posted.AlreadyPosted ? CommentMessages.AlreadyPosted : CommentMessages.Posted, posted.CommentId);
    }

    public sealed class CommentInput
    {
        public string? Body { get; set; } = "";

        public CommentAlignment Alignment { get; set; } = CommentAlignment.Neutral;
    }
}
