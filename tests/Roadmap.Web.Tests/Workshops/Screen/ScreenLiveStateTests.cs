using Microsoft.AspNetCore.SignalR.Client;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.JoinWorkshop;
using Roadmap.Application.Workshops.Live;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Hubs.Support;
using Roadmap.Web.Tests.Support;
using Roadmap.Web.Tests.Workshops.Room;

namespace Roadmap.Web.Tests.Workshops.Screen;

/// <summary>The big screen rendered on the server as the room stands, before any script runs.</summary>
public sealed class ScreenLiveStateTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task ShowsTheResultsOfTheCurrentPoll()
    {
        var room = await DemoRoom.CreateAsync(app.App);
        await using var facilitator = await FacilitatorInRoomAsync(room);
        var poll = await facilitator.Connection.InvokeAsync<PollView>("OpenPoll",
            new PollDraft(PollKind.SingleChoice, "Quel axe d'abord ?", [new("Tiers-lieux", null), new("Fibre", null)], null, null, null));
        await facilitator.Connection.InvokeAsync<MyBallotView>("CastBallot", poll.Id, new BallotInput([poll.Options[1].Id], null, null));

        var page = await FormPost.GetPageAsync(await app.SignedInAsync(DemoRoom.Email(RoleNames.Facilitator)), $"/ateliers/{room.WorkshopId}/ecran");

        Assert.Equal("Quel axe d'abord ?", AccountTestSteps.Text(page, "#screen-chart .poll-chart-question"));
        Assert.Equal(["0 vote (0\u00a0%)", "1 vote (100\u00a0%)"], page.QuerySelectorAll("#screen-chart .poll-bar-value").Select(e => e.TextContent));
    }

    [Fact]
    public async Task AnEndedWorkshopNoLongerOffersToJoin()
    {
        var room = await DemoRoom.CreateAsync(app.App);
        await using (var facilitator = await FacilitatorInRoomAsync(room))
        {
            await facilitator.Connection.InvokeAsync<WorkshopEndedView>("EndWorkshop");
        }

        var page = await FormPost.GetPageAsync(await app.SignedInAsync(DemoRoom.Email(RoleNames.Facilitator)), $"/ateliers/{room.WorkshopId}/ecran");

        Assert.Null(page.QuerySelector(".screen-join"));
        Assert.False(page.QuerySelector("#screen-ended")!.HasAttribute("hidden"));
    }

    private async Task<RoomClient> FacilitatorInRoomAsync(DemoRoom room)
    {
        var facilitator = await RoomClient.ConnectAsync(app.App, await app.TokenAsync(DemoRoom.Email(RoleNames.Facilitator)));
        await facilitator.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, null);
        return facilitator;
    }
}
