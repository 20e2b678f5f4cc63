using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.JoinWorkshop;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Hubs.Support;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Workshops.Console;

/// <summary>
/// The web app (<see cref="WebApp"/>) for the facilitator's console: workshops run by the demo
/// facilitator, opened with the console's form, and hub clients for the participants who watch the room.
/// </summary>
public sealed class ConsoleWebApp : WebApp
{
    public static string ConsolePath(Guid workshopId) => $"/ateliers/{workshopId}/animation";

    public Task<HttpClient> FacilitatorAsync() => SignedInAsync(DemoFacts.Facilitator);

    /// <summary>A scheduled workshop run by the demo facilitator, on the Hérault roadmap (Ateliers phase, one agenda item per axis).</summary>
    public Task<DemoRoom> ScheduleAsync(WorkshopMode mode = WorkshopMode.Visio) => DemoRoom.CreateAsync(App, mode: mode);

    /// <summary>A workshop whose room the facilitator opened with the console's form.</summary>
    public async Task<DemoRoom> LiveAsync(WorkshopMode mode = WorkshopMode.Visio)
    {
        var room = await ScheduleAsync(mode);
        var response = await FormPost.SubmitAsync(await FacilitatorAsync(), ConsolePath(room.WorkshopId), "ouvrir-salle", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return room;
    }

    /// <summary>A participant connected to the hub and joined to the room.</summary>
    public async Task<RoomClient> ParticipantAsync(DemoRoom room, string role = RoleNames.Citizen)
    {
        var client = await RoomClient.ConnectAsync(App, await TokenAsync(DemoRoom.Email(role)));
        await client.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, null);
        return client;
    }

    public Task<List<Poll>> PollsAsync(Guid workshopId) =>
        WithDbAsync(db => db.Polls.AsNoTracking().Where(p => p.WorkshopId == workshopId).ToListAsync());
}
