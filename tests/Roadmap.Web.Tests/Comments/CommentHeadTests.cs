using Roadmap.Application.Actions.GetActionDetails;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Components.Pages.Actions;

namespace Roadmap.Web.Tests.Comments;

/// <summary>A comment's line and text written once as HTML (issue 14), kept with the comment's rendered text.</summary>
public sealed class CommentHeadTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private static CommentView View(string author, string html) =>
        new(Guid.NewGuid(), null, 0, author, ParticipantRole.Citizen, html, CommentAlignment.For, At, false, false, "", false, 0);

    [Fact]
    public void WritesTheAuthorAsTextAndTheAccentsAsTheyAre()
    {
        var html = CommentHead.Of(View("<script>alert(1)</script> Zoé & Cie", "<p>Texte</p>")).Value;

        Assert.Contains("<strong>&lt;script&gt;alert(1)&lt;/script&gt; Zoé &amp; Cie</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void GivesTheInstantToMachinesAndTheParisTimeToReaders() =>
        Assert.Contains("<time datetime=\"2026-03-10T09:00:00+00:00\">10 mars 2026 à 10h00</time>", CommentHead.Of(View("Camille", "<p>Texte</p>")).Value, StringComparison.Ordinal);

    [Fact]
    public void EveryReadersCopyOfACommentGetsTheLineWrittenOnce()
    {
        var shared = View("Camille", "<p>Une idée</p>");

        var forOne = CommentHead.Of(shared with { IsMine = true, CanEdit = true }).Value;
        var forAnother = CommentHead.Of(shared with { UpvotedByMe = true }).Value;

        Assert.Same(forOne, forAnother);
    }

    [Fact]
    public void TwoCommentsSharingTheirTextKeepTheirOwnLines()
    {
        var text = "<p>D'accord</p>";
        var first = View("Camille", text);
        var second = View("Dominique", text) with { Alignment = CommentAlignment.Against, Edited = true };

        Assert.Contains("Camille", CommentHead.Of(first).Value, StringComparison.Ordinal);
        var other = CommentHead.Of(second).Value;
        Assert.Contains("Dominique", other, StringComparison.Ordinal);
        Assert.Contains("align-against\">Contre", other, StringComparison.Ordinal);
        Assert.Contains("(modifié)", other, StringComparison.Ordinal);
        Assert.DoesNotContain("Dominique", CommentHead.Of(first).Value, StringComparison.Ordinal);
    }
}
