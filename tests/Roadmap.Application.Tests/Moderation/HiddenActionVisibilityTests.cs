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
public sealed class HiddenActionVisibilityTests : IAsyncLifetime
{
    private ApplicationHost _host = default!;
    private CommentScenario _scenario = default!;

    public async Task InitializeAsync()
    {
        _host = await ApplicationHost.StartAsync();
        _scenario = await CommentScenario.StartAsync(_host);
        _host.User.SignIn(await _host.NewUserAsync("Animatrice"), null, RoleNames.Facilitator);
        await _host.SendAsync(new ModerateAction(_scenario.Action.Id, ModerationDecision.Hide, "Hors sujet"));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private GetActionDetails Details => new(_scenario.Roadmap.Slug, _scenario.Action.Id);

    [Theory]
    [InlineData(RoleNames.Citizen)]
    [InlineData(RoleNames.Actor)]
    [InlineData(RoleNames.ElectedOfficial)]
    public async Task OtherRolesGetTheReasonOnly(string role)
    {
        _host.User.SignIn(await _host.NewUserAsync("Personne"), null, role);

        var refused = await Assert.ThrowsAsync<HiddenByModerationException>(() => _host.SendAsync(Details));

        Assert.Equal("Hors sujet", refused.Reason);
        await Assert.ThrowsAsync<HiddenByModerationException>(() => _host.SendAsync(new ListComments(_scenario.Action.Id)));
    }

    [Fact]
    public async Task TheProposerCannotReadItEither()
    {
        _host.User.SignIn(_scenario.ProposerId, null, RoleNames.ElectedOfficial);

        await Assert.ThrowsAsync<HiddenByModerationException>(() => _host.SendAsync(Details));
    }

    [Fact]
    public async Task AnonymousVisitorsGetTheReasonOnly()
    {
        _host.User.SignOut();

        await Assert.ThrowsAsync<HiddenByModerationException>(() => _host.SendAsync(Details));
    }

    [Theory]
    [InlineData(RoleNames.Facilitator)]
    [InlineData(RoleNames.Administrator)]
    public async Task ModeratorsReadItWithTheReason(string role)
    {
        _host.User.SignIn(await _host.NewUserAsync("Modération"), null, role);

        var details = await _host.SendAsync(Details);

        Assert.Equal(_scenario.Action.Title, details.Title);
        Assert.Equal("Hors sujet", details.HiddenReason);
    }
}
