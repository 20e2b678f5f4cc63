using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Roadmap.Bench.LiveClient;

/// <summary>
/// A participant's hub connection spoken directly over one WebSocket in SignalR's JSON protocol: the handshake,
/// invocations and their completions, events, pings. It stands in for the .NET client (which the facilitator keeps)
/// on the thousands of participants' connections: that client moves each message through a transport loop, a pipe
/// and a protocol layer, and took about one of this machine's two cores to receive 25,000 messages a second, beside
/// the server it measures (bench/README.md, « the client that measured »). This one reads each frame into its own
/// buffer and parses each message once.
/// </summary>
internal sealed class WireConnection : IAsyncDisposable
{
    private const byte Separator = 0x1e;
    private static readonly TimeSpan PingPeriod = TimeSpan.FromSeconds(10);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly byte[] Handshake = Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}\u001e");
    private static readonly byte[] Ping = Encoding.UTF8.GetBytes("{\"type\":6}\u001e");

    private readonly ClientWebSocket _socket;
    private readonly Action<string, JsonElement> _received;
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly TaskCompletionSource _handshaken = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Timer _ping;
    private Task _receiving = Task.CompletedTask;
    private int _lastId;

    private WireConnection(ClientWebSocket socket, Action<string, JsonElement> received)
    {
        _socket = socket;
        _received = received;
        _ping = new Timer(_ => _ = SendQuietlyAsync(Ping), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Open until the server closes it, the socket fails or it is aborted.</summary>
    public bool IsOpen => _socket.State == WebSocketState.Open && !_receiving.IsCompleted;

    /// <summary>
    /// Connects to <paramref name="hub"/> (http(s) URL with its query) without the negotiate request, as the browser
    /// client and the .NET client with <c>SkipNegotiation</c> do. <paramref name="received"/> gets each event's name
    /// and first argument on the receiving loop; the element is only valid during the call (clone what is kept).
    /// </summary>
    public static async Task<WireConnection> ConnectAsync(Uri hub, Action<ClientWebSocketOptions> configure, Action<string, JsonElement> received, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        configure(socket.Options);
        var url = new UriBuilder(hub) { Scheme = hub.Scheme == Uri.UriSchemeHttps ? "wss" : "ws" }.Uri;
        try
        {
            await socket.ConnectAsync(url, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var connection = new WireConnection(socket, received);
        connection._receiving = connection.ReceiveAsync();
        await connection.SendAsync(Handshake, cancellationToken);
        await connection._handshaken.Task.WaitAsync(cancellationToken);
        connection._ping.Change(PingPeriod, PingPeriod);
        return connection;
    }

    /// <summary>Calls a hub method and returns its result (default when it returns nothing); a hub error throws.</summary>
    public async Task<JsonElement> InvokeAsync(string target, object?[] arguments, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _lastId).ToString(CultureInfo.InvariantCulture);
        var completion = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = completion;
        if (_receiving.IsCompleted)
        {
            _pending.TryRemove(id, out _);
            throw new WebSocketException($"Connexion fermée avant l'appel de {target}.");
        }

        var message = JsonSerializer.SerializeToUtf8Bytes(new Invocation(1, id, target, arguments), Json);
        Array.Resize(ref message, message.Length + 1);
        message[^1] = Separator;
        await SendAsync(message, cancellationToken);
        return await completion.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Drops the connection as a network failure would: no closing handshake.</summary>
    public void Abort()
    {
        _ping.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _socket.Abort();
    }

    public async ValueTask DisposeAsync()
    {
        await _ping.DisposeAsync();
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
                await _receiving.WaitAsync(timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // Closing is best effort: the server sees the socket go either way.
            }
        }

        _socket.Dispose();
        _sending.Dispose();
    }

    private async Task SendAsync(byte[] message, CancellationToken cancellationToken)
    {
        await _sending.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(message, WebSocketMessageType.Text, true, cancellationToken);
        }
        finally
        {
            _sending.Release();
        }
    }

    private async Task SendQuietlyAsync(byte[] message)
    {
        try
        {
            await SendAsync(message, CancellationToken.None);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            // A ping on a connection going away: the receiving loop reports the end.
        }
    }

    /// <summary>Reads frames into one growing buffer and hands each complete message (up to its separator) to <see cref="Dispatch"/>.</summary>
    private async Task ReceiveAsync()
    {
        var buffer = new byte[2048];
        var count = 0;
        Exception? failure = null;
        try
        {
            while (true)
            {
                if (count == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var read = await _socket.ReceiveAsync(buffer.AsMemory(count), CancellationToken.None);
                if (read.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                count += read.Count;
                var start = 0;
                int end;
                while ((end = Array.IndexOf(buffer, Separator, start, count - start)) >= 0)
                {
                    Dispatch(buffer.AsMemory(start, end - start));
                    start = end + 1;
                }

                buffer.AsSpan(start, count - start).CopyTo(buffer);
                count -= start;
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            failure = ex;
        }
        finally
        {
            var end = new WebSocketException("Connexion fermée : " + (failure?.Message ?? "fermeture par le serveur"));
            _handshaken.TrySetException(end);
            foreach (var id in _pending.Keys)
            {
                if (_pending.TryRemove(id, out var waiting))
                {
                    waiting.TrySetException(end);
                }
            }
        }
    }

    private void Dispatch(ReadOnlyMemory<byte> message)
    {
        using var document = JsonDocument.Parse(message);
        var root = document.RootElement;
        if (!_handshaken.Task.IsCompleted)
        {
            if (root.TryGetProperty("error", out var refused))
            {
                _handshaken.TrySetException(new InvalidOperationException("Poignée de main refusée : " + refused.GetString()));
            }
            else
            {
                _handshaken.TrySetResult();
            }

            return;
        }

        switch (root.GetProperty("type").GetInt32())
        {
            case 1:
                var arguments = root.GetProperty("arguments");
                _received(root.GetProperty("target").GetString()!, arguments.GetArrayLength() > 0 ? arguments[0] : default);
                break;
            case 3 when _pending.TryRemove(root.GetProperty("invocationId").GetString()!, out var completion):
                if (root.TryGetProperty("error", out var error))
                {
                    completion.TrySetException(new InvalidOperationException(error.GetString()));
                }
                else
                {
                    completion.TrySetResult(root.TryGetProperty("result", out var result) ? result.Clone() : default);
                }

                break;
        }
    }

    /// <summary>A hub invocation as the JSON protocol writes it (« type » 1).</summary>
    private sealed record Invocation(int Type, string InvocationId, string Target, object?[] Arguments);
}
