using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Workshops.JoinWorkshop;
using Roadmap.Web.Tests.Hubs.Support;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Hubs;

/// <summary>A hub connection does not outlive its account's session (SignalR:SessionSweepSeconds, 1 s here).</summary>
public sealed class WorkshopHubSessionTests
{
    [Fact]
    public async Task ClosesTheConnectionOfAFacilitatorWhoseRolesChanged()
    {
        using var app = new RoadmapWebFactory(settings: new Dictionary<string, string?> { ["SignalR:SessionSweepSeconds"] = "1" });
        var room = await DemoRoom.CreateAsync(app);
        var facilitatorEmail = DemoRoom.Email(RoleNames.Facilitator);
        await using var facilitator = await RoomClient.ConnectAsync(app, await RoomClient.SignInAsync(app, facilitatorEmail));
        await facilitator.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, null);
        var closed = new TaskCompletionSource();
        facilitator.Connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };

        await SetRolesAsync(app, facilitatorEmail, RoleNames.Citizen);

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task KeepsTheConnectionsOfOtherPeopleOpen()
    {
        using var app = new RoadmapWebFactory(settings: new Dictionary<string, string?> { ["SignalR:SessionSweepSeconds"] = "1" });
        var room = await DemoRoom.CreateAsync(app);
        await using var citizen = await RoomClient.ConnectAsync(app, await RoomClient.SignInAsync(app, DemoRoom.Email(RoleNames.Citizen)));
        await citizen.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, null);
        await using var guest = await RoomClient.ConnectAsync(app);
        await guest.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, "Invitée Martin");

        await SetRolesAsync(app, DemoRoom.Email(RoleNames.Facilitator), RoleNames.Citizen);
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Equal(HubConnectionState.Connected, citizen.Connection.State);
        Assert.Equal(HubConnectionState.Connected, guest.Connection.State);
    }

    private static async Task SetRolesAsync(RoadmapWebFactory app, string email, params string[] roles)
    {
        var userId = await DemoRoom.UserIdAsync(app, email);
        using var admin = app.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await RoomClient.SignInAsync(app, DemoRoom.Email(RoleNames.Administrator)));
        var response = await admin.PutAsJsonAsync($"/api/v1/admin/users/{userId}/roles", new { roles });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
