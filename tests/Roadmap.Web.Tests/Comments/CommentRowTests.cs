using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Roadmap.Application.Actions.GetActionDetails;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Components.Pages.Actions;

namespace Roadmap.Web.Tests.Comments;

/// <summary>The row under a comment, written as one piece of HTML for its reader (issue 14).</summary>
public sealed class CommentRowTests
{
    private static readonly Guid ActionId = Guid.NewGuid();

    private static readonly CommentContext Member = new("sarthe", ActionId, SignedIn: true);

    /// <summary>Another reader's comment, as <c>ListComments</c> gives it to a signed-in reader of an open thread.</summary>
    private static CommentView View(string author = "Camille") =>
        new(Guid.NewGuid(), null, 1, author, ParticipantRole.Citizen, "<p>Texte</p>", CommentAlignment.For,
            DateTimeOffset.UnixEpoch, false, false, "", false, 4, CanUpvote: true, CanReply: true);

    private static IElement Row(CommentView comment, CommentContext section) =>
        new HtmlParser().ParseFragment(CommentTools.Row(comment, section).Value, null!).OfType<IElement>().Single();

    [Fact]
    public void OffersAnotherReadersCommentItsUpvoteReplyAndReportWithTheSectionsLinks()
    {
        var comment = View() with { UpvotedByMe = true };

        var row = Row(comment, Member);

        var button = row.QuerySelector("button")!;
        Assert.Equal(("submit", "utile", "utile", comment.Id.ToString(), "true"),
            (button.GetAttribute("type"), button.GetAttribute("form"), button.GetAttribute("name"), button.GetAttribute("value"), button.GetAttribute("aria-pressed")));
        Assert.Equal("Utile (4) : commentaire de Camille", button.TextContent);
        Assert.Equal(
            [($"Répondre à Camille", Member.Open("repondre", comment.Id)), ($"Signaler le commentaire de Camille", Member.Open("signaler", comment.Id))],
            row.QuerySelectorAll("a").Select(a => (a.TextContent, a.GetAttribute("href"))));
    }

    [Fact]
    public void OffersItsAuthorToEditAndDeleteButNotToUpvoteOrReport()
    {
        var comment = View() with { IsMine = true, CanEdit = true, CanUpvote = false };

        var row = Row(comment, Member);

        Assert.Null(row.QuerySelector("button"));
        Assert.Equal("Utile (4)", row.QuerySelector("span.muted")!.TextContent);
        Assert.Equal(
            [Member.Open("repondre", comment.Id), Member.Open("modifier", comment.Id), Member.Open("supprimer", comment.Id)],
            row.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void ShowsAGuestTheCountAlone()
    {
        var row = Row(View() with { CanUpvote = false, CanReply = false }, new CommentContext("sarthe", ActionId, SignedIn: false));

        Assert.Equal("Utile (4)", row.TextContent);
        Assert.Empty(row.QuerySelectorAll("a, button"));
    }

    [Fact]
    public void OffersNoReplyWhereTheThreadTakesNone() =>
        Assert.DoesNotContain(Row(View() with { CanReply = false }, Member).QuerySelectorAll("a"), a => a.TextContent.StartsWith("Répondre", StringComparison.Ordinal));

    [Fact]
    public void KeepsAPointDetapesLinksOnItsPage()
    {
        var section = Member with { UpdateId = Guid.NewGuid() };
        var comment = View();

        Assert.Equal(section.Open("repondre", comment.Id), Row(comment, section).QuerySelector("a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Zoé \"la\" & Cie\r\n<b>")]
    public void WritesTheAuthorsNameAsText(string author)
    {
        var row = Row(View(author), Member);

        Assert.Empty(row.QuerySelectorAll("script, b"));
        Assert.Equal($"Répondre à {author}", row.QuerySelector("a")!.TextContent);
    }

    [Fact]
    public void WritesNothingForACommentWhoseTextIsGone()
    {
        Assert.Null(CommentTools.Row(View() with { IsDeleted = true }, Member).Value);
        Assert.Null(CommentTools.Row(View() with { IsHidden = true }, Member).Value);
    }
}
