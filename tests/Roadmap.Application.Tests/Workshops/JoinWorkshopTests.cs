using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;
using Roadmap.Application.Workshops.CancelWorkshop;
using Roadmap.Application.Workshops.GetWorkshopState;
using Roadmap.Application.Workshops.JoinWorkshop;
using Roadmap.Application.Workshops.RaiseHand;

namespace Roadmap.Application.Tests.Workshops;

public sealed class JoinWorkshopTests() : ApplicationTest(frozenClock: true)
{
    [Fact]
    public async Task AGuestJoinsWithANameWhenGuestsAreAllowed()
    {
        var scene = await WorkshopScene.StartAsync(Host, allowGuests: true);
        Host.User.SignOut();

        var joined = await Host.SendAsync(new JoinWorkshop(scene.JoinCode.ToLowerInvariant(), "Invitée Martin", null));

        Assert.Equal("Invitée Martin", joined.State.Me.DisplayName);
        Assert.True(joined.State.Me.IsGuest);
        Assert.False(string.IsNullOrEmpty(joined.GuestToken));
    }

    [Fact]
    public async Task AGuestIsRefusedWhenTheWorkshopIsForMembersOnly()
    {
        var scene = await WorkshopScene.StartAsync(Host, allowGuests: false);
        Host.User.SignOut();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new JoinWorkshop(scene.JoinCode, "Invitée Martin", null)));

        Assert.Contains("connectez-vous", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGuestWithoutANameIsRefused()
    {
        var scene = await WorkshopScene.StartAsync(Host);
        Host.User.SignOut();

        await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new JoinWorkshop(scene.JoinCode, " ", null)));
    }

    [Fact]
    public async Task AGuestComingBackWithTheirTokenStaysTheSameParticipant()
    {
        var scene = await WorkshopScene.StartAsync(Host);
        var guest = await scene.GuestAsync();

        var again = await Host.SendAsync(new JoinWorkshop(scene.JoinCode, null, guest.GuestToken));

        Assert.Equal(guest.Key, again.ParticipantKey);
        Assert.Equal(2, again.State.Presence.Attended);
    }

    /// <summary>
    /// The row read said present, but another node may close it before this join commits (a departure it noticed
    /// late): the rejoin must write LeftAt anyway, or the participant stays marked gone while connected.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ARejoinOfSomeoneStillPresentWritesThemPresentAgain(bool guest)
    {
        var scene = await WorkshopScene.StartAsync(Host);
        var token = guest ? (await scene.GuestAsync()).GuestToken : null;
        Host.Clock.Advance(TimeSpan.FromSeconds(5));
        Host.Sql.Clear();

        await Host.SendAsync(new JoinWorkshop(scene.JoinCode, null, token));

        var update = Assert.Single(Host.Sql.Commands, sql => sql.Contains("UPDATE \"WorkshopAttendances\"", StringComparison.Ordinal));
        Assert.Contains("\"LeftAt\" = ", update, StringComparison.Ordinal);
        Assert.Contains("\"LastJoinedAt\" = ", update, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GuestsJoiningAtOnceAreEachCountedOnce()
    {
        var scene = await WorkshopScene.StartAsync(Host);
        Host.User.SignOut();

        var joined = await Task.WhenAll(Enumerable.Range(1, 30).Select(i => Host.SendAsync(new JoinWorkshop(scene.JoinCode, $"Invité·e {i}", null))));

        Assert.Equal(30, joined.Select(j => j.ParticipantKey).Distinct().Count());
        var state = await Host.SendAsync(new GetWorkshopState(scene.WorkshopId, joined[0].GuestToken));
        Assert.Equal((31, 31, 30), (state.Presence.Present, state.Presence.Attended, state.Presence.GuestsJoined));
        // Each batch of arrivals marks the presence once (decision 044): the facilitator's, at least one for the guests, never more than one a join.
        Assert.InRange(Host.Live.Marked.Count(m => m == ("presence", scene.WorkshopId)), 2, 31);
    }

    [Fact]
    public async Task TheJoinersStateIsReadAfterTheirArrivalIsSaved()
    {
        var scene = await WorkshopScene.StartAsync(Host);
        var member = await scene.MemberAsync();

        var joined = await scene.SendAs(member, new JoinWorkshop(scene.JoinCode, null, null));

        Assert.True(joined.State.Me.IsPresent);
        Assert.Equal(2, joined.State.Presence.Present);
    }

    [Fact]
    public async Task AnUnknownCodeIsNotFound()
    {
        await WorkshopScene.StartAsync(Host);

        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new JoinWorkshop("ZZZZZZ", null, null)));
    }

    [Fact]
    public async Task TheFacilitatorsArrivalOpensTheRoom()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        var early = await scene.MemberAsync();
        Assert.Equal(WorkshopStatus.Scheduled, (await scene.SendAs(early, new GetWorkshopState(scene.WorkshopId, null))).Workshop.Status);

        var joined = await scene.SendAs(scene.Facilitator, new JoinWorkshop(scene.JoinCode, null, null));

        Assert.Equal(WorkshopStatus.Live, joined.State.Workshop.Status);
        Assert.True(joined.IsFacilitator);
    }

    [Fact]
    public async Task NothingHappensInTheRoomBeforeItOpens()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        var early = await scene.MemberAsync();

        await Assert.ThrowsAsync<DomainRuleException>(() => scene.SendAs(early, new RaiseHand(scene.WorkshopId, null)));
    }

    [Fact]
    public async Task ACancelledWorkshopCannotBeJoined()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        await scene.SendAs(scene.Facilitator, new CancelWorkshop(scene.WorkshopId, "Intempéries"));

        await Assert.ThrowsAsync<DomainRuleException>(() => scene.MemberAsync());
    }

    [Fact]
    public async Task JoiningRecordsTheRoleAndOrganisation()
    {
        var scene = await WorkshopScene.StartAsync(Host);
        var official = await scene.MemberAsync(RoleNames.ElectedOfficial, scene.Owner.Id, "Élue Dupont");

        var state = await scene.SendAs(official, new GetWorkshopState(scene.WorkshopId, null));

        Assert.Contains(state.Presence.ByRole, r => r is { Role: "ElectedOfficial", Present: 1 });
        Assert.Contains(state.Presence.ByOrganisation, o => o.OrganisationId == scene.Owner.Id && o.Present == 1);
    }

    [Fact]
    public async Task SomeoneWhoDidNotJoinCannotReadTheRoom()
    {
        var scene = await WorkshopScene.StartAsync(Host);
        var outsider = await scene.NewPersonAsync("Curieux", null, RoleNames.Citizen);

        var error = await Assert.ThrowsAsync<ForbiddenException>(() => scene.SendAs(outsider, new GetWorkshopState(scene.WorkshopId, null)));

        Assert.Equal(Roadmap.Application.Workshops.Access.WorkshopAccess.NotJoined, error.Message);
    }
}
