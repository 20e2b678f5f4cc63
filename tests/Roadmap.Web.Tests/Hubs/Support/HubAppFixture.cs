using System.Collections.Concurrent;

namespace Roadmap.Web.Tests.Hubs.Support;

/// <summary>One app per test class, with the demo accounts signed in once (rate limits lifted, see <see cref="RealLimitsHubAppFixture"/>).</summary>
public class HubAppFixture : IDisposable
{
    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new(StringComparer.Ordinal);

    public HubAppFixture()
        : this(realLimits: false)
    {
    }

    protected HubAppFixture(bool realLimits) => App = new WorkshopWebApp { RealLimits = realLimits };

    public WorkshopWebApp App { get; }

    public Task<string> TokenAsync(string role) => _tokens.GetOrAdd(role, r => RoomClient.SignInAsync(App, DemoRoom.Email(r)));

    public async Task<RoomClient> MemberAsync(string role) => await RoomClient.ConnectAsync(App, await TokenAsync(role));

    public Task<RoomClient> AnonymousAsync(string? query = null, bool webSockets = false) => RoomClient.ConnectAsync(App, null, query, webSockets);

    /// <summary>A guest (no token) coming from <paramref name="address"/>, as a proxy would forward it.</summary>
    public Task<RoomClient> GuestFromAsync(string address, bool webSockets = false) => RoomClient.ConnectAsync(App, null, null, webSockets, address);

    public void Dispose()
    {
        App.Dispose();
        GC.SuppressFinalize(this);
    }
}
