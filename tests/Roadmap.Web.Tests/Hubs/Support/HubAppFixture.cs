using System.Collections.Concurrent;

namespace Roadmap.Web.Tests.Hubs.Support;

/// <summary>One app per test class, with the demo accounts signed in once.</summary>
public sealed class HubAppFixture : IDisposable
{
    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new(StringComparer.Ordinal);

    public WorkshopWebApp App { get; } = new();

    public Task<string> TokenAsync(string role) => _tokens.GetOrAdd(role, r => RoomClient.SignInAsync(App, DemoRoom.Email(r)));

    public async Task<RoomClient> MemberAsync(string role) => await RoomClient.ConnectAsync(App, await TokenAsync(role));

    public Task<RoomClient> AnonymousAsync(string? query = null, bool webSockets = false) => RoomClient.ConnectAsync(App, null, query, webSockets);

    public void Dispose() => App.Dispose();
}
