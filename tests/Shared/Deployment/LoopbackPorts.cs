using System.Net;
using System.Net.Sockets;

namespace Roadmap.Testing.Deployment;

internal static class LoopbackPorts
{
    /// <summary>A site's addresses must be known before its nodes start: ask the OS for free ports, all at once.</summary>
    public static int[] Free(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return ports;
    }
}
