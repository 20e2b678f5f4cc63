using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Roadmap.Web.Tests.Hubs.Support;

/// <summary>A .NET SignalR client on the test server: long polling with the bearer header, or WebSockets with <c>access_token</c> in the URL.</summary>
public sealed class RoomClient : IAsyncDisposable
{
    private const string ForwardedFor = "X-Forwarded-For";

    private readonly TaskCompletionSource<Exception?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RoomClient(HubConnection connection)
    {
        Connection = connection;
        Events = new RoomEvents(connection);
        connection.Closed += error =>
        {
            _closed.TrySetResult(error);
            return Task.CompletedTask;
        };
    }

    /// <summary>Why the connection closed, once its Closed event ran: the state turns Disconnected before that event, so waiting on the state alone races it.</summary>
    public Task<Exception?> Closed => _closed.Task;

    public HubConnection Connection { get; }

    public RoomEvents Events { get; }

    /// <summary>Connects; <paramref name="address"/> is the client's address as a proxy would forward it (X-Forwarded-For).</summary>
    public static async Task<RoomClient> ConnectAsync(WebApplicationFactory<Program> app, string? accessToken = null, string? query = null, bool webSockets = false, string? address = null)
    {
        var server = app.Server;
        var url = new Uri(server.BaseAddress, "/hubs/workshop" + Query(accessToken, query, webSockets));
        var connection = new HubConnectionBuilder()
            .WithUrl(url, o =>
            {
                if (webSockets)
                {
                    o.Transports = HttpTransportType.WebSockets;
                    o.SkipNegotiation = true;
                    o.WebSocketFactory = async (context, cancellationToken) =>
                    {
                        var client = server.CreateWebSocketClient();
                        if (address is not null)
                        {
                            client.ConfigureRequest = request => request.Headers[ForwardedFor] = address;
                        }

                        return await client.ConnectAsync(context.Uri, cancellationToken);
                    };
                }
                else
                {
                    o.Transports = HttpTransportType.LongPolling;
                    o.HttpMessageHandlerFactory = _ => server.CreateHandler();
                    if (address is not null)
                    {
                        o.Headers[ForwardedFor] = address;
                    }

                    if (accessToken is not null)
                    {
                        o.AccessTokenProvider = () => Task.FromResult<string?>(accessToken);
                    }
                }
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();
        connection.ServerTimeout = TimeSpan.FromMinutes(2);
        var client = new RoomClient(connection);
        await connection.StartAsync();
        return client;
    }

    /// <summary>Signs a demo account in through the API and returns its bearer token.</summary>
    public static async Task<string> SignInAsync(WebApplicationFactory<Program> app, string email)
    {
        using var http = app.CreateClient();
        var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Roadmap.Web.Tests.Support.RoadmapWebFactory.DemoPassword });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<LoginAnswer>())!.AccessToken;
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();

    private static string Query(string? accessToken, string? query, bool webSockets)
    {
        var parts = new List<string>();
        if (webSockets && accessToken is not null)
        {
            parts.Add("access_token=" + Uri.EscapeDataString(accessToken));
        }

        if (query is not null)
        {
            parts.Add(query);
        }

        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    private sealed record LoginAnswer(string AccessToken);
}
