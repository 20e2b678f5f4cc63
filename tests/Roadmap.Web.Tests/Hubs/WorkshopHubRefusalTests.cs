using System.Net;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Access;
using Roadmap.Application.Workshops.Hands;
using Roadmap.Application.Workshops.Ideas;
using Roadmap.Application.Workshops.JoinWorkshop;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Web.Tests.Hubs.Support;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Hubs;

/// <summary>What the hub refuses, and how: a HubException with the French message, never a stack trace.</summary>
public sealed class WorkshopHubRefusalTests(HubAppFixture fixture) : IClassFixture<HubAppFixture>
{
    public static readonly TheoryData<string, object[]> FacilitatorMethods = new()
    {
        { "FocusItem", [Guid.NewGuid()] },
        { "OpenPoll", [new PollDraft(PollKind.Scale, "Note ?", null, null, null, null)] },
        { "ClosePoll", [Guid.NewGuid()] },
        { "StartTimer", [60] },
        { "StopTimer", [] },
        { "CallOnNextHand", [] },
        { "PromoteIdea", [Guid.NewGuid(), Guid.NewGuid()] },
        { "GroupIdea", [Guid.NewGuid(), Guid.NewGuid()] },
        { "HideIdea", [Guid.NewGuid(), "Hors sujet"] },
        { "EndWorkshop", [] },
    };

    [Theory]
    [MemberData(nameof(FacilitatorMethods))]
    public async Task AParticipantCallingAFacilitatorMethodIsRefusedInFrench(string method, object[] arguments)
    {
        var room = await DemoRoom.CreateAsync(fixture.App);
        await using var citizen = await JoinAsync(room, RoleNames.Citizen);

        var error = await Assert.ThrowsAsync<HubException>(() => citizen.Connection.InvokeCoreAsync(method, arguments));

        // Said by the room itself since facilitation is checked against the roadmap's team (issue 10), not by a role attribute.
        Assert.Equal("Seule l'animation de cet atelier peut faire cela.", error.Shown());
    }

    [Fact]
    public async Task AMethodBeforeJoiningIsRefused()
    {
        await using var citizen = await fixture.MemberAsync(RoleNames.Citizen);

        var error = await Assert.ThrowsAsync<HubException>(() => citizen.Connection.InvokeAsync<HandsView>("RaiseHand"));

        Assert.Equal(WorkshopAccess.NotJoined, error.Shown());
    }

    [Fact]
    public async Task AnUnknownCodeIsRefusedInFrench()
    {
        await using var citizen = await fixture.MemberAsync(RoleNames.Citizen);

        var error = await Assert.ThrowsAsync<HubException>(() => citizen.Connection.InvokeAsync<JoinResult>("Join", "ZZZZZZ", null));

        Assert.Equal("Le code d'atelier « ZZZZZZ » est introuvable.", error.Shown());
    }

    [Fact]
    public async Task AGuestIsRefusedWhenTheWorkshopIsForMembersOnly()
    {
        var room = await DemoRoom.CreateAsync(fixture.App, allowGuests: false);
        await using var guest = await fixture.AnonymousAsync();

        var error = await Assert.ThrowsAsync<HubException>(() => guest.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, "Invité"));

        Assert.Contains("réservé aux personnes connectées", error.Shown(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvalidBallotIsRefusedWithTheRule()
    {
        var room = await DemoRoom.CreateAsync(fixture.App);
        await using var facilitator = await JoinAsync(room, RoleNames.Facilitator);
        await using var citizen = await JoinAsync(room, RoleNames.Citizen);
        var poll = await facilitator.Connection.InvokeAsync<PollView>("OpenPoll", new PollDraft(PollKind.Scale, "Note ?", null, null, null, null));

        var error = await Assert.ThrowsAsync<HubException>(() => citizen.Connection.InvokeAsync<MyBallotView>("CastBallot", poll.Id, new BallotInput(null, null, 9)));

        Assert.Equal("Donnez une note de 1 à 5.", error.Shown());
    }

    [Fact]
    public async Task AnIdeaTooLongIsRefusedWithTheLimit()
    {
        var room = await DemoRoom.CreateAsync(fixture.App);
        await using var facilitator = await JoinAsync(room, RoleNames.Facilitator);

        var error = await Assert.ThrowsAsync<HubException>(() => facilitator.Connection.InvokeAsync<IdeaView>("PostIdea", new string('a', Idea.TextMaxLength + 1), null));

        Assert.Equal($"Une idée ne doit pas dépasser {Idea.TextMaxLength} caractères.", error.Shown());
    }

    [Fact]
    public async Task PostingIdeasTooFastIsRefused()
    {
        var room = await DemoRoom.CreateAsync(fixture.App);
        await using var facilitator = await JoinAsync(room, RoleNames.Facilitator);
        for (var i = 0; i < 5; i++)
        {
            await facilitator.Connection.InvokeAsync<IdeaView>("PostIdea", $"Idée {i}", null);
        }

        var error = await Assert.ThrowsAsync<HubException>(() => facilitator.Connection.InvokeAsync<IdeaView>("PostIdea", "Une de trop", null));

        Assert.StartsWith("Trop d'envois en peu de temps", error.Shown(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownReactionIsRefused()
    {
        var room = await DemoRoom.CreateAsync(fixture.App);
        await using var facilitator = await JoinAsync(room, RoleNames.Facilitator);

        var error = await Assert.ThrowsAsync<HubException>(() => facilitator.Connection.InvokeAsync("React", "💩"));

        Assert.StartsWith("Réaction inconnue", error.Shown(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMessageOverTheSizeLimitClosesTheConnection()
    {
        var room = await DemoRoom.CreateAsync(fixture.App);
        await using var facilitator = await JoinAsync(room, RoleNames.Facilitator);

        await Assert.ThrowsAnyAsync<Exception>(() => facilitator.Connection.InvokeAsync<IdeaView>("PostIdea", new string('a', 40 * 1024), null));

        Assert.Equal(HubConnectionState.Disconnected, facilitator.Connection.State);
    }

    [Fact]
    public async Task ABrowserFromAnotherSiteCannotNegotiate()
    {
        using var http = fixture.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hubs/workshop/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", "https://pirate.example.com");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task TheSiteItselfMayNegotiate()
    {
        using var http = fixture.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hubs/workshop/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", "http://localhost");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AConfiguredOriginMayNegotiate()
    {
        using var app = new RoadmapWebFactory(settings: new Dictionary<string, string?> { ["SignalR:AllowedOrigins:0"] = "https://mairie.example.fr" });
        using var http = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hubs/workshop/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", "https://mairie.example.fr");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TheBearerTokenIsReadFromTheAccessTokenQueryOverWebSockets()
    {
        var room = await DemoRoom.CreateAsync(fixture.App);
        await using var facilitator = await RoomClient.ConnectAsync(fixture.App, await fixture.TokenAsync(DemoRoom.Email(RoleNames.Facilitator)), webSockets: true);

        var joined = await facilitator.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, null);

        Assert.True(joined.IsFacilitator);
    }

    private async Task<RoomClient> JoinAsync(DemoRoom room, string role)
    {
        var client = await fixture.MemberAsync(role);
        await client.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, null);
        return client;
    }
}
