using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Hubs.Support;

/// <summary>
/// The hub fixture: the web app (<see cref="WebApp"/>, rate limits lifted unless
/// <see cref="RealLimitsHubAppFixture"/>) and SignalR clients on it, the demo accounts signed in once.
/// </summary>
public class HubAppFixture : WebApp
{
    public HubAppFixture()
    {
    }

    protected HubAppFixture(RoadmapWebFactory factory)
        : base(factory)
    {
    }

    public async Task<RoomClient> MemberAsync(string role) => await RoomClient.ConnectAsync(App, await TokenAsync(DemoRoom.Email(role)));

    public Task<RoomClient> AnonymousAsync(string? query = null, bool webSockets = false) => RoomClient.ConnectAsync(App, null, query, webSockets);

    /// <summary>A guest (no token) coming from <paramref name="address"/>, as a proxy would forward it.</summary>
    public Task<RoomClient> GuestFromAsync(string address, bool webSockets = false) => RoomClient.ConnectAsync(App, null, null, webSockets, address);
}
