using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Http.Connections.Client;

namespace Roadmap.Bench.LiveClient;

/// <summary>
/// The two-node mode (« live --nodes 2 »): every connection goes through nginx over TLS, trusting its throwaway
/// certificate and no other, and carries the node cookie that deploy/nginx/roadmap.conf routes <c>/hubs/</c> on,
/// « a » and « b » in turn by participant, as browsers that negotiated on each node would hold it.
/// </summary>
internal static class NodeRoute
{
    public const string Cookie = "roadmap_noeud";

    /// <summary>« a », « b »… for the connection of that index; null when there is a single node.</summary>
    public static string? NodeOf(this ClientOptions options, int index) =>
        options.Nodes < 2 ? null : ((char)('a' + (index % options.Nodes))).ToString(CultureInfo.InvariantCulture);

    /// <summary>The .NET client's options (the facilitator's connection): its WebSocket configured as <see cref="Socket"/> does.</summary>
    public static Action<HttpConnectionOptions> Via(this ClientOptions options, Uri hub, string? node) =>
        o => o.WebSocketConfiguration = options.Socket(hub, node);

    /// <summary>The certificate to trust, if any, and the node cookie, if any, on a WebSocket to <paramref name="hub"/>.</summary>
    public static Action<ClientWebSocketOptions> Socket(this ClientOptions options, Uri hub, string? node) => socket =>
    {
        if (options.Trust is { } thumbprint)
        {
            socket.RemoteCertificateValidationCallback =
                (_, presented, _, _) => string.Equals(presented?.GetCertHashString(), thumbprint, StringComparison.OrdinalIgnoreCase);
        }

        if (node is not null)
        {
            socket.Cookies = new CookieContainer();
            socket.Cookies.Add(new Cookie(Cookie, node, "/hubs/", hub.Host));
        }
    };
}
