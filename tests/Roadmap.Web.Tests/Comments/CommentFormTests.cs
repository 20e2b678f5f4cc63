using Bunit;
using MediatR;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Actions.GetActionDetails;
using Roadmap.Application.Comments.EditComment;
using Roadmap.Application.Comments.PostComment;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Components.Pages.Actions;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Comments;

public sealed class CommentFormTests : BunitContext
{
    private static readonly Guid ActionId = Guid.NewGuid();
    private readonly FakeMediator _mediator = new FakeMediator().On<EditComment>(Unit.Value);
    private readonly CommentContext _section = new("sarthe", ActionId, SignedIn: true);

    public CommentFormTests() => Services.AddSingleton<IMediator>(_mediator);

    private IRenderedComponent<CommentForm> RenderForm(CommentFormMode mode = CommentFormMode.New, CommentView? comment = null) =>
        Render<CommentForm>(p => p.Add(f => f.Section, _section).Add(f => f.Mode, mode).Add(f => f.Comment, comment));

    private static CommentView Mine() => new(
        Guid.NewGuid(), null, 1, "Camille", ParticipantRole.Citizen, "<p>Texte</p>", CommentAlignment.For, DateTimeOffset.UtcNow,
        false, false, "", false, 0, IsMine: true, CanEdit: true, BodyMarkdown: "**Texte**");

    [Fact]
    public void TiesTheLabelHintAndErrorsToTheTextarea()
    {
        var cut = RenderForm();

        var textarea = cut.Find("textarea");
        Assert.Equal("commenter-texte", textarea.Id);
        Assert.Equal("Votre commentaire", cut.Find($"label[for={textarea.Id}]").TextContent);
        Assert.Equal("commenter-texte-aide", textarea.GetAttribute("aria-describedby"));
        Assert.Null(textarea.GetAttribute("aria-invalid"));
        Assert.Empty(cut.FindAll("#commenter-texte-erreur"));
    }

    [Fact]
    public void GroupsThePositionsInAFieldsetWithALegend()
    {
        var cut = RenderForm();

        Assert.Equal("Votre position", cut.Find("fieldset legend").TextContent);
        Assert.Equal(["Pour", "Contre", "Neutre"], cut.FindAll("fieldset label.radio").Select(l => l.TextContent.Trim()));
        Assert.Equal(3, cut.FindAll("fieldset input[type=radio]").Count);
    }

    [Fact]
    public void PostsTheCommentAndGoesBackToItWithAConfirmation()
    {
        var posted = Guid.NewGuid();
        _mediator.On<PostComment>(new PostedComment(posted, "/lien", AlreadyPosted: false));
        var cut = RenderForm();

        cut.Find("textarea").Change("Une idée");
        cut.Find("form").Submit();

        var sent = Assert.IsType<PostComment>(Assert.Single(_mediator.Sent));
        Assert.Equal(ActionId, sent.ActionId);
        Assert.Equal("Une idée", sent.Body);
        Assert.Null(sent.ParentId);
        Assert.EndsWith($"?message=publie&commentaire={posted}#commentaire-{posted}", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowsARefusalNextToTheTextareaAndStaysOnTheForm()
    {
        _mediator.On<PostComment>(_ => throw ValidationFailedException.For("Body", "Écrivez votre commentaire."));
        var cut = RenderForm();

        cut.Find("form").Submit();

        Assert.Equal("Écrivez votre commentaire.", cut.Find("#commenter-texte-erreur").TextContent.Trim());
        Assert.Equal("true", cut.Find("textarea").GetAttribute("aria-invalid"));
        Assert.Equal("commenter-texte-aide commenter-texte-erreur", cut.Find("textarea").GetAttribute("aria-describedby"));
        Assert.NotNull(cut.Find("[role=alert]"));
    }

    [Fact]
    public void ARepliesFormSendsTheParent()
    {
        var parent = Mine() with { IsMine = false, CanEdit = false, BodyMarkdown = null };
        _mediator.On<PostComment>(new PostedComment(Guid.NewGuid(), "/lien", AlreadyPosted: false));
        var cut = RenderForm(CommentFormMode.Reply, parent);

        cut.Find("form").Submit();

        Assert.Equal(parent.Id, Assert.IsType<PostComment>(Assert.Single(_mediator.Sent)).ParentId);
        Assert.Equal("Votre réponse à Camille", cut.Find("label").TextContent);
    }

    [Fact]
    public void TheEditFormStartsFromTheMarkdownAndAsksNoPosition()
    {
        var mine = Mine();
        var cut = RenderForm(CommentFormMode.Edit, mine);

        Assert.Equal("**Texte**", cut.Find("textarea").GetAttribute("value") ?? cut.Find("textarea").TextContent);
        Assert.Empty(cut.FindAll("fieldset"));
        cut.Find("form").Submit();
        Assert.Equal(mine.Id, Assert.IsType<EditComment>(Assert.Single(_mediator.Sent)).CommentId);
    }
}
