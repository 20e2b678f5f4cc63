using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Comments.ReportContent;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Moderation;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Moderation;
using Roadmap.Application.Moderation.GetModerationQueue;
using Roadmap.Application.Moderation.ModerateAction;
using Roadmap.Application.Moderation.ModerateComment;
using Roadmap.Application.Tests.Comments;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Moderation;

public sealed class ModerationTests : ApplicationTest
{
    private CommentScenario _scenario = default!;
    private Guid _moderatorId;

    protected override async Task ArrangeAsync()
    {
        _scenario = await CommentScenario.StartAsync(Host);
        _moderatorId = await Host.NewUserAsync("Animatrice");
    }

    private void SignInAs(string role) => Host.User.SignIn(_moderatorId, null, role);

    private async Task<Guid> ReportedCommentAsync(int reporters = 1, string reason = "Propos injurieux")
    {
        var id = await _scenario.PostAsync(_scenario.ProposerId, "Texte *signalé*");
        for (var i = 0; i < reporters; i++)
        {
            _scenario.SignInAsCitizen(await Host.NewUserAsync($"R{i}"));
            await Host.SendAsync(new ReportContent(ReportTarget.Comment, id, reason));
        }

        return id;
    }

    private Task<int> PendingReportsAsync() => Host.WithDbAsync(db => db.Reports.CountAsync(r => r.ResolvedAt == null));

    [Theory]
    [InlineData(RoleNames.Facilitator)]
    [InlineData(RoleNames.Administrator)]
    public async Task StaffSeeReportsGroupedByContent(string role)
    {
        var id = await ReportedCommentAsync(reporters: 2);
        _scenario.SignInAsCitizen();
        await Host.SendAsync(new ReportContent(ReportTarget.Action, _scenario.Action.Id, "Publicité"));
        SignInAs(role);

        var queue = await Host.SendAsync(new GetModerationQueue());

        Assert.Equal([(ReportTarget.Comment, id, 2), (ReportTarget.Action, _scenario.Action.Id, 1)], queue.Select(i => (i.Target, i.TargetId, i.ReportCount)));
        Assert.Equal("Texte *signalé*", queue[0].Excerpt);
        Assert.Equal("Maire de Sablé", queue[0].AuthorName);
        Assert.Equal(["Propos injurieux"], queue[0].Reasons);
        Assert.EndsWith($"#commentaire-{id}", queue[0].Link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeldCommentsComeFirst()
    {
        await _scenario.PostAsync(_scenario.CitizenId);
        var actionReports = new[] { "A", "B", "C", "D" };
        foreach (var name in actionReports)
        {
            _scenario.SignInAsCitizen(await Host.NewUserAsync(name));
            await Host.SendAsync(new ReportContent(ReportTarget.Action, _scenario.Action.Id, "Spam"));
        }

        var held = await ReportedCommentAsync(reporters: 3);
        SignInAs(RoleNames.Facilitator);

        var first = (await Host.SendAsync(new GetModerationQueue()))[0];

        Assert.Equal(held, first.TargetId);
        Assert.True(first.IsHeld);
    }

    [Theory]
    [InlineData(RoleNames.Citizen)]
    [InlineData(RoleNames.Actor)]
    [InlineData(RoleNames.ElectedOfficial)]
    public async Task OtherRolesMayNotModerate(string role)
    {
        var id = await ReportedCommentAsync();
        SignInAs(role);

        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(new GetModerationQueue()));
        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(new ModerateComment(id, ModerationDecision.Hide, "Non")));
        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(new ModerateAction(_scenario.Action.Id, ModerationDecision.Hide, "Non")));
    }

    [Fact]
    public async Task AnAnonymousVisitorMayNotSeeTheQueue()
    {
        Host.User.SignOut();

        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new GetModerationQueue()));
    }

    [Fact]
    public async Task HidingACommentKeepsItsPlaceShowsThePublicReasonAndClosesItsReports()
    {
        var id = await ReportedCommentAsync();
        SignInAs(RoleNames.Facilitator);

        await Host.SendAsync(new ModerateComment(id, ModerationDecision.Hide, "Propos injurieux envers un élu"));

        var comment = await _scenario.FindAsync(id);
        Assert.Equal("Propos injurieux envers un élu", comment.HiddenReason);
        Assert.False(comment.IsVisible);
        Assert.Equal(0, await PendingReportsAsync());
        Assert.Equal(0, await _scenario.CommentCountAsync());
        Assert.Empty(await Host.SendAsync(new GetModerationQueue()));
    }

    [Fact]
    public async Task RestoringAHeldCommentShowsAndCountsItAgain()
    {
        var id = await ReportedCommentAsync(reporters: 3);
        SignInAs(RoleNames.Administrator);

        await Host.SendAsync(new ModerateComment(id, ModerationDecision.Restore));

        Assert.True((await _scenario.FindAsync(id)).IsVisible);
        Assert.Equal(1, await _scenario.CommentCountAsync());
        Assert.Equal(0, await PendingReportsAsync());
    }

    [Fact]
    public async Task HidingNeedsAPublicReason()
    {
        var id = await ReportedCommentAsync();
        SignInAs(RoleNames.Facilitator);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new ModerateComment(id, ModerationDecision.Hide, " ")));

        Assert.True(error.Errors.ContainsKey("Reason"));
    }

    [Fact]
    public async Task ModeratingAnUnknownCommentIsNotFound()
    {
        SignInAs(RoleNames.Facilitator);

        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new ModerateComment(Guid.NewGuid(), ModerationDecision.Restore)));
    }

    [Fact]
    public async Task HidingAnActionRecordsThePublicReasonAndClosesItsReports()
    {
        _scenario.SignInAsCitizen();
        await Host.SendAsync(new ReportContent(ReportTarget.Action, _scenario.Action.Id, "Publicité"));
        SignInAs(RoleNames.Facilitator);

        await Host.SendAsync(new ModerateAction(_scenario.Action.Id, ModerationDecision.Hide, "Contenu publicitaire"));

        var action = await Host.WithDbAsync(db => db.Actions.AsNoTracking().SingleAsync(a => a.Id == _scenario.Action.Id));
        Assert.True(action.IsHidden);
        Assert.Equal("Contenu publicitaire", action.HiddenReason);
        Assert.Equal(0, await PendingReportsAsync());
    }

    [Fact]
    public async Task ARestoredActionIsVisibleAgain()
    {
        SignInAs(RoleNames.Facilitator);
        await Host.SendAsync(new ModerateAction(_scenario.Action.Id, ModerationDecision.Hide, "Contenu publicitaire"));

        await Host.SendAsync(new ModerateAction(_scenario.Action.Id, ModerationDecision.Restore));

        Assert.False(await Host.WithDbAsync(db => db.Actions.Where(a => a.Id == _scenario.Action.Id).Select(a => a.HiddenAt != null).SingleAsync()));
    }
}
