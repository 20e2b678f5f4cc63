using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions.GetActionDetails;
using Roadmap.Application.Comments.ListComments;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.PersonalData.DeleteMyAccount;
using Roadmap.Application.Tests.Administration;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.PersonalData;

public sealed class DeleteMyAccountTests : ApplicationTest
{
    private ContributorScenario _scenario = default!;

    protected override async Task ArrangeAsync()
    {
        _scenario = await ContributorScenario.CreateAsync(Host);
        Host.SignInAs(_scenario.Contributor, RoleNames.ElectedOfficial, RoleNames.Facilitator);
    }

    [Fact]
    public async Task DeletingTheAccountKeepsSupportTotalsAndCommentCounts()
    {
        var before = await TotalsAsync(_scenario.OtherActionId);

        await Host.SendAsync(new DeleteMyAccount(Accounts.Password));

        var after = await TotalsAsync(_scenario.OtherActionId);
        Assert.Equal(before.Supports, after.Supports);
        Assert.Equal(before.Comments, after.Comments);
        Assert.Equal(2, after.Supports);
        Assert.Equal(2, after.Comments);
    }

    [Fact]
    public async Task CommentsOfADeletedAccountAreSignedAsDeletedParticipant()
    {
        await Host.SendAsync(new DeleteMyAccount(Accounts.Password));

        var comment = (await Host.SendAsync(new ListComments(_scenario.OtherActionId))).Comments.Single(c => c.Id == _scenario.CommentId);
        Assert.Equal(ParticipantNames.Deleted, comment.AuthorName);
        Assert.Contains("Très bonne idée", comment.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProposedActionStaysWithADeletedProposer()
    {
        await Host.SendAsync(new DeleteMyAccount(Accounts.Password));

        Assert.Equal(ParticipantNames.Deleted, (await DetailsAsync(_scenario.OwnActionId)).ProposerName);
    }

    [Fact]
    public async Task StatusHistoryKeepsTheChangeWithoutItsAuthor()
    {
        await Host.SendAsync(new DeleteMyAccount(Accounts.Password));

        var review = (await DetailsAsync(_scenario.OtherActionId)).History.Single(h => h.Reason == "Examen en commission");
        Assert.Null(review.ByName);
    }

    [Fact]
    public async Task EndorsementUpvoteAndReportStayAnonymously()
    {
        await Host.SendAsync(new DeleteMyAccount(Accounts.Password));

        var kept = await Host.WithDbAsync(async db => (
            Endorsements: await db.Endorsements.CountAsync(e => e.EndorsedById == null),
            Upvotes: await db.CommentUpvotes.CountAsync(u => u.UserId == null),
            Reports: await db.Reports.CountAsync(r => r.ReporterId == null)));
        Assert.Equal(1, kept.Endorsements);
        Assert.Equal(1, kept.Upvotes);
        Assert.Equal(1, kept.Reports);
    }

    [Fact]
    public async Task AccountFollowsAndNotificationsAreGone()
    {
        var id = _scenario.Contributor.Id;

        await Host.SendAsync(new DeleteMyAccount(Accounts.Password));

        var left = await Host.WithDbAsync(async db => (
            Users: await db.Users.CountAsync(u => u.Id == id),
            Follows: await db.Follows.CountAsync(f => f.UserId == id),
            Notifications: await db.Notifications.CountAsync(n => n.UserId == id),
            Roles: await db.UserRoles.CountAsync(r => r.UserId == id)));
        Assert.Equal(0, left.Users);
        Assert.Equal(0, left.Follows);
        Assert.Equal(0, left.Notifications);
        Assert.Equal(0, left.Roles);
    }

    [Fact]
    public async Task WrongPasswordDeletesNothing()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new DeleteMyAccount("Pas-le-bon-mot")));

        Assert.Equal(["Le mot de passe est incorrect."], error.Errors[nameof(DeleteMyAccount.Password)]);
        Assert.True(await Host.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == _scenario.Contributor.Id)));
    }

    [Fact]
    public async Task EmptyPasswordIsAskedFor()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new DeleteMyAccount("")));

        Assert.Contains(nameof(DeleteMyAccount.Password), error.Errors.Keys);
    }

    [Fact]
    public async Task AnonymousVisitorCannotDeleteAnAccount()
    {
        Host.User.SignOut();

        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new DeleteMyAccount(Accounts.Password)));
    }

    private Task<ActionDetails> DetailsAsync(Guid actionId) => Host.SendAsync(new GetActionDetails("sarthe", actionId));

    private async Task<(int Supports, int Comments)> TotalsAsync(Guid actionId) =>
        ((await DetailsAsync(actionId)).SupportCount!.Value, (await Host.SendAsync(new ListComments(actionId))).Counts.Total);
}
