using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Hubs.Support;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Workshops.Room;

/// <summary>
/// The real app on the demo data for the room and big-screen pages: cookie clients for the demo
/// accounts (signed in once) and workshops run by the demo facilitator (<see cref="DemoRoom"/>).
/// </summary>
public sealed class RoomWebApp : IDisposable
{
    private readonly ConcurrentDictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);

    public RoadmapWebFactory Factory { get; } = new();

    public HttpClient Anonymous() =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in with the demo account of <paramref name="role"/> (a <see cref="RoleNames"/> name).</summary>
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

    public Task<DemoRoom> WorkshopAsync(bool allowGuests = true) => DemoRoom.CreateAsync(Factory, allowGuests);

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        Factory.Dispose();
    }
}
