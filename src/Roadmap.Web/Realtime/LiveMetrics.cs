using System.Diagnostics.Metrics;

namespace Roadmap.Web.Realtime;

/// <summary>
/// Counters the load benchmark (and dotnet-counters) read: <c>roadmap.workshop.sends</c> counts the
/// sends the server makes (one per event and target — a group, or a flush's new voters of a poll — before fan-out),
/// tagged by event name.
/// </summary>
internal static class LiveMetrics
{
    public const string MeterName = "Roadmap.Workshops";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Sends = Meter.CreateCounter<long>("roadmap.workshop.sends", description: "Events sent to workshop groups, before fan-out.");

    public static void Sent(string eventName) => Sends.Add(1, new KeyValuePair<string, object?>("event", eventName));
}
