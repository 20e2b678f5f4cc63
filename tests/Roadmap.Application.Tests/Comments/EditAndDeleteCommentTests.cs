using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Comments.DeleteComment;
using Roadmap.Application.Comments.EditComment;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Moderation;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Comments;

public sealed class EditAndDeleteCommentTests : ApplicationTest
{
    private CommentScenario _scenario = default!;

    protected override async Task ArrangeAsync()
    {
        _scenario = await CommentScenario.StartAsync(Host);
    }

    [Fact]
    public async Task TheAuthorCorrectsARecentCommentAndItIsMarkedEdited()
    {
        var id = await _scenario.PostAsync(_scenario.CitizenId, "Premier jet");

        await Host.SendAsync(new EditComment(id, "Version corrigée"));

        var comment = await _scenario.FindAsync(id);
        Assert.Equal("Version corrigée", comment.Body);
        Assert.NotNull(comment.EditedAt);
    }

    [Fact]
    public async Task NobodyElseMayEditAComment()
    {
        var id = await _scenario.PostAsync(_scenario.ProposerId);
        _scenario.SignInAsCitizen();

        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(new EditComment(id, "Détourné")));
    }

    [Fact]
    public async Task ACommentCanNoLongerBeEditedAfterTheWindow()
    {
        var old = await _scenario.WriteAtAsync(_scenario.CitizenId, DateTimeOffset.UtcNow.AddMinutes(-31));
        _scenario.SignInAsCitizen();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new EditComment(old.Id, "Trop tard")));

        Assert.Contains("30 minutes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHiddenCommentCannotBeEdited()
    {
        var id = await _scenario.PostAsync(_scenario.CitizenId);
        await Host.WithDbAsync(async db =>
        {
            (await db.Comments.SingleAsync(c => c.Id == id)).Hide("Propos injurieux", DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<ConflictException>(() => Host.SendAsync(new EditComment(id, "Je nettoie")));
    }

    [Fact]
    public async Task AnEmptyCorrectionIsRejected()
    {
        var id = await _scenario.PostAsync(_scenario.CitizenId);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new EditComment(id, " ")));

        Assert.True(error.Errors.ContainsKey("Body"));
    }

    [Fact]
    public async Task DeletingACommentWithRepliesLeavesItsPlaceWithoutItsText()
    {
        var parent = await _scenario.PostAsync(_scenario.CitizenId, "Question");
        await _scenario.PostAsync(_scenario.ProposerId, "Réponse", parent);
        _scenario.SignInAsCitizen();

        await Host.SendAsync(new DeleteComment(parent));

        var placeholder = await _scenario.FindAsync(parent);
        Assert.Equal("", placeholder.Body);
        Assert.True(placeholder.DeletedAt is not null);
        Assert.Equal(1, await _scenario.CommentCountAsync());
    }

    [Fact]
    public async Task DeletingACommentWithoutRepliesRemovesItAndClosesItsReports()
    {
        var id = await _scenario.PostAsync(_scenario.CitizenId);
        await Host.SaveAsync(ContentReport.File(ReportTarget.Comment, id, _scenario.ProposerId, "Hors sujet", DateTimeOffset.UtcNow));
        _scenario.SignInAsCitizen();

        await Host.SendAsync(new DeleteComment(id));

        Assert.False(await _scenario.ExistsAsync(id));
        Assert.Equal(0, await _scenario.CommentCountAsync());
        Assert.False(await Host.WithDbAsync(db => db.Reports.AnyAsync(r => r.ResolvedAt == null)));
    }

    [Fact]
    public async Task NobodyElseMayDeleteAComment()
    {
        var id = await _scenario.PostAsync(_scenario.ProposerId);
        _scenario.SignInAsCitizen();

        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(new DeleteComment(id)));
        Assert.True(await _scenario.ExistsAsync(id));
    }

    [Fact]
    public async Task DeletingAnUnknownCommentIsNotFound()
    {
        _scenario.SignInAsCitizen();

        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new DeleteComment(Guid.NewGuid())));
    }
}
