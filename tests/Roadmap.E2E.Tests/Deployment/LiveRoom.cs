using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Roadmap.E2E.Tests.Deployment;

/// <summary>
/// One person in the live room through nginx, with the browser client's defaults (negotiate, then WebSockets) and
/// its own cookies: nginx's node cookie (<c>roadmap_noeud</c>) is what keeps its two requests on one node.
/// </summary>
public sealed class LiveRoom : IAsyncDisposable
{
    private readonly TaskCompletionSource<JsonElement> _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<JsonElement> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LiveRoom(HubConnection connection, CookieContainer cookies, Uri hub)
    {
        Connection = connection;
        Cookies = cookies;
        Hub = hub;
        connection.On<JsonElement>("PollOpened", payload => _opened.TrySetResult(payload));
        connection.On<JsonElement>("PollClosed", payload => _closed.TrySetResult(payload));
    }

    public HubConnection Connection { get; }

    public CookieContainer Cookies { get; }

    public Uri Hub { get; }

    public Task<JsonElement> Opened => _opened.Task;

    public Task<JsonElement> Closed => _closed.Task;

    /// <summary>The node nginx gave this connection (« a » or « b »), from its cookie.</summary>
    public string? Node => Cookies.GetCookies(Hub)["roadmap_noeud"]?.Value;

    public static async Task<LiveRoom> JoinAsync(TwoNodesBehindNginx site, string joinCode, string? guestName, string? accessToken = null)
    {
        var hub = new Uri(site.Site, "/hubs/workshop");
        var cookies = new CookieContainer();
        var connection = new HubConnectionBuilder()
            .WithUrl(hub, o =>
            {
                o.Cookies = cookies;
                o.HttpMessageHandlerFactory = _ => site.NewHandler(cookies);
                o.WebSocketConfiguration = socket => socket.RemoteCertificateValidationCallback = (_, presented, _, _) => site.IsNginx(presented);
                if (accessToken is not null)
                {
                    o.AccessTokenProvider = () => Task.FromResult<string?>(accessToken);
                }
            })
            .Build();
        var room = new LiveRoom(connection, cookies, hub);
        await connection.StartAsync();
        await connection.InvokeAsync<JsonElement>("Join", joinCode, guestName);
        return room;
    }

    public static (int Ballots, int[] Votes) Tally(JsonElement results) =>
        (results.GetProperty("ballots").GetInt32(), [.. results.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("votes").GetInt32())]);

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
