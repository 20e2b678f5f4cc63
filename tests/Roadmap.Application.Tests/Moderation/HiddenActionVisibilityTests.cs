using Roadmap.Application.Actions.GetActionDetails;
using Roadmap.Application.Comments.ListComments;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Moderation;
using Roadmap.Application.Moderation.ModerateAction;
using Roadmap.Application.Tests.Comments;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Moderation;

/// <summary>A hidden action's content is served to moderators only, whatever the caller's other roles.</summary>
public sealed class HiddenActionVisibilityTests : ApplicationTest
{
    private CommentScenario _scenario = default!;

    protected override async Task ArrangeAsync()
    {
        _scenario = await CommentScenario.StartAsync(Host);
        Host.User.SignIn(await Host.NewUserAsync("Animatrice"), null, RoleNames.Facilitator);
        await Host.SendAsync(new ModerateAction(_scenario.Action.Id, ModerationDecision.Hide, "Hors sujet"));
    }

    private GetActionDetails Details => new(_scenario.Roadmap.Slug, _scenario.Action.Id);

    [Theory]
    [InlineData(RoleNames.Citizen)]
    [InlineData(RoleNames.Actor)]
    [InlineData(RoleNames.ElectedOfficial)]
    public async Task OtherRolesGetTheReasonOnly(string role)
    {
        Host.User.SignIn(await Host.NewUserAsync("Personne"), null, role);

        var refused = await Assert.ThrowsAsync<HiddenByModerationException>(() => Host.SendAsync(Details));

        Assert.Equal("Hors sujet", refused.Reason);
        await Assert.ThrowsAsync<HiddenByModerationException>(() => Host.SendAsync(new ListComments(_scenario.Action.Id)));
    }

    [Fact]
    public async Task TheProposerCannotReadItEither()
    {
        Host.User.SignIn(_scenario.ProposerId, null, RoleNames.ElectedOfficial);

        await Assert.ThrowsAsync<HiddenByModerationException>(() => Host.SendAsync(Details));
    }

    [Fact]
    public async Task AnonymousVisitorsGetTheReasonOnly()
    {
        Host.User.SignOut();

        await Assert.ThrowsAsync<HiddenByModerationException>(() => Host.SendAsync(Details));
    }

    [Theory]
    [InlineData(RoleNames.Facilitator)]
    [InlineData(RoleNames.Administrator)]
    public async Task ModeratorsReadItWithTheReason(string role)
    {
        Host.User.SignIn(await Host.NewUserAsync("Modération"), null, role);

        var details = await Host.SendAsync(Details);

        Assert.Equal(_scenario.Action.Title, details.Title);
        Assert.Equal("Hors sujet", details.HiddenReason);
    }
}
