using System.Text.Json;
using Microsoft.Playwright;

namespace Roadmap.E2E.Tests.Support;

/// <summary>
/// Chromium's own network figures for one page, through the DevTools protocol: the browser cache is off (every
/// load is a first visit) and the bytes received are counted as they came over the wire — compressed bodies
/// plus headers (<c>Network.loadingFinished.encodedDataLength</c>). WebSocket frames are not counted. It can
/// also throttle the connection the way a poor rural line would.
/// </summary>
public sealed class NetworkMeter
{
    private readonly ICDPSession _session;
    private long _bytes;
    private int _responses;

    private NetworkMeter(ICDPSession session) => _session = session;

    /// <summary>Bytes received since the last <see cref="Reset"/>.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Responses fully received since the last <see cref="Reset"/>.</summary>
    public int Responses => Volatile.Read(ref _responses);

    public static async Task<NetworkMeter> AttachAsync(IBrowserContext context, IPage page)
    {
        var meter = new NetworkMeter(await context.NewCDPSessionAsync(page));
        meter._session.Event("Network.loadingFinished").OnEvent += (_, finished) => meter.Count(finished);
        await meter._session.SendAsync("Network.enable");
        await meter._session.SendAsync("Network.setCacheDisabled", new() { ["cacheDisabled"] = true });
        return meter;
    }

    public void Reset()
    {
        Interlocked.Exchange(ref _bytes, 0);
        Interlocked.Exchange(ref _responses, 0);
    }

    /// <summary>Limits the bandwidth both ways (bits per second) and adds a round-trip time to every request.</summary>
    public Task ThrottleAsync(int bitsPerSecond, int roundTripMilliseconds) =>
        _session.SendAsync("Network.emulateNetworkConditions", new()
        {
            ["offline"] = false,
            ["latency"] = roundTripMilliseconds,
            ["downloadThroughput"] = bitsPerSecond / 8,
            ["uploadThroughput"] = bitsPerSecond / 8,
        });

    private void Count(JsonElement? finished)
    {
        if (finished is { } e && e.TryGetProperty("encodedDataLength", out var length))
        {
            Interlocked.Add(ref _bytes, (long)length.GetDouble());
            Interlocked.Increment(ref _responses);
        }
    }
}
