using Bunit;
using Roadmap.Application.Actions.GetActionDetails;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Components.Pages.Actions;

namespace Roadmap.Web.Tests.Comments;

public sealed class CommentListTests : BunitContext
{
    private static readonly DateTimeOffset At = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private static CommentView View(CommentAlignment alignment = CommentAlignment.For, string html = "<p>Bonne idée</p>") =>
        new(Guid.NewGuid(), null, 1, "Camille", ParticipantRole.Citizen, html, alignment, At, false, false, "", false, 0);

    private IRenderedComponent<CommentList> RenderList(params CommentView[] comments) =>
        Render<CommentList>(p => p
            .Add(c => c.Comments, comments)
            .Add(c => c.Counts, new CommentCounts(1, 0, 0))
            .Add(c => c.ThreadCount, comments.Count(c => c.ParentId is null)));

    [Fact]
    public void ShowsAVisibleCommentWithItsAuthorRoleAndPosition()
    {
        var cut = RenderList(View(CommentAlignment.Against));

        var item = cut.Find("li.comment").TextContent;
        Assert.Contains("Camille", item, StringComparison.Ordinal);
        Assert.Contains("Citoyen·ne", item, StringComparison.Ordinal);
        Assert.Contains("Contre", item, StringComparison.Ordinal);
        Assert.Equal("Bonne idée", cut.Find("li.comment .prose p").TextContent);
    }

    [Fact]
    public void MarksAnEditedComment()
    {
        var cut = RenderList(View() with { Edited = true });

        Assert.Contains("(modifié)", cut.Find("li.comment").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ADeletedCommentKeepsItsPlaceWithoutItsAuthor()
    {
        var cut = RenderList(View(html: "") with { IsDeleted = true });

        Assert.Equal("Commentaire supprimé par son auteur·rice.", cut.Find("li.comment").TextContent.Trim());
    }

    [Fact]
    public void AHiddenCommentShowsThePublicReasonInsteadOfItsText()
    {
        var cut = RenderList(View(html: "") with { IsHidden = true, HiddenReason = "Propos injurieux" });

        Assert.Equal("Commentaire masqué par la modération : Propos injurieux", cut.Find("li.comment").TextContent.Trim());
    }

    [Fact]
    public void AHeldCommentSaysItAwaitsModeration()
    {
        var cut = RenderList(View(html: "") with { IsHidden = true, IsHeld = true });

        Assert.Contains("en attente de modération", cut.Find("li.comment").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowsThePositionsCountedOverTheWholeThreadNotOnlyThisPage()
    {
        var cut = Render<CommentList>(p => p
            .Add(c => c.Comments, [View(CommentAlignment.For)])
            .Add(c => c.Counts, new CommentCounts(2, 0, 1))
            .Add(c => c.ThreadCount, 31));

        Assert.Equal(["Pour : 2", "Contre : 0", "Neutre : 1"], cut.FindAll("ul.counts li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public void SaysWhenThereIsNoCommentYet()
    {
        var cut = RenderList();

        Assert.Equal("Aucun commentaire pour l'instant.", cut.Find("p.muted").TextContent);
    }

    [Fact]
    public void IndentsRepliesByDepthAndAnchorsEachComment()
    {
        var parent = View();
        var reply = View() with { ParentId = parent.Id, Depth = 2 };

        var cut = RenderList(parent, reply);

        Assert.Equal([$"commentaire-{parent.Id}", $"commentaire-{reply.Id}"], cut.FindAll("li.comment").Select(li => li.Id));
        Assert.Contains("depth-2", cut.FindAll("li.comment")[1].ClassName, StringComparison.Ordinal);
    }
}
