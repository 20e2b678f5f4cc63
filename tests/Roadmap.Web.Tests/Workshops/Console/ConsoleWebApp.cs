using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.JoinWorkshop;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Hubs.Support;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Workshops.Console;

/// <summary>
/// The real app (see <see cref="WorkshopWebApp"/>) with one cookie client per demo account, as the
/// console's browser would be, and hub clients for the participants who watch the room.
/// </summary>
public sealed class ConsoleWebApp : IDisposable
{
    private readonly ConcurrentDictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);

    public WorkshopWebApp App { get; } = new();

    public static string ConsolePath(Guid workshopId) => $"/ateliers/{workshopId}/animation";

    public HttpClient Anonymous() =>
        App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<HttpClient> AsAsync(string role)
    {
        if (!_clients.TryGetValue(role, out var client))
        {
            client = Anonymous();
            var response = await AccountTestSteps.SignInAsync(client, DemoRoom.Email(role), RoadmapWebFactory.DemoPassword);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            _clients[role] = client;
        }

        return client;
    }

    public Task<HttpClient> FacilitatorAsync() => AsAsync(RoleNames.Facilitator);

    /// <summary>A scheduled workshop run by the demo facilitator, on the Hérault roadmap (Ateliers phase, one agenda item per axis).</summary>
    public Task<DemoRoom> ScheduleAsync() => DemoRoom.CreateAsync(App);

    /// <summary>A workshop whose room the facilitator opened with the console's form.</summary>
    public async Task<DemoRoom> LiveAsync()
    {
        var room = await ScheduleAsync();
        var response = await FormPost.SubmitAsync(await FacilitatorAsync(), ConsolePath(room.WorkshopId), "ouvrir-salle", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return room;
    }

    /// <summary>A participant connected to the hub and joined to the room.</summary>
    public async Task<RoomClient> ParticipantAsync(DemoRoom room, string role = RoleNames.Citizen)
    {
        var client = await RoomClient.ConnectAsync(App, await RoomClient.SignInAsync(App, DemoRoom.Email(role)));
        await client.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, null);
        return client;
    }

    public async Task<T> ReadAsync<T>(Func<RoadmapDbContext, Task<T>> read)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<RoadmapDbContext>());
    }

    public Task<List<Poll>> PollsAsync(Guid workshopId) =>
        ReadAsync(db => db.Polls.AsNoTracking().Where(p => p.WorkshopId == workshopId).ToListAsync());

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        App.Dispose();
    }
}
