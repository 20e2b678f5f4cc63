using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Roadmap.Bench.Live;

internal sealed record MemorySnapshot(long GcHeapBytes, long WorkingSetBytes, TimeSpan CpuTime)
{
    /// <summary>After a full blocking, compacting collection, so the heap holds only what is alive.</summary>
    public static MemorySnapshot Take()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return new MemorySnapshot(GC.GetTotalMemory(forceFullCollection: false), process.WorkingSet64, process.TotalProcessorTime);
    }

    public MemorySnapshot Minus(MemorySnapshot before) =>
        new(GcHeapBytes - before.GcHeapBytes, WorkingSetBytes - before.WorkingSetBytes, CpuTime - before.CpuTime);

    public static TimeSpan CpuNow()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}

/// <summary>
/// Listens to the app's <c>roadmap.workshop.sends</c> counter (meter <c>Roadmap.Workshops</c>): the group
/// sends the server makes, by event, before SignalR fans each one out to the group's connections.
/// </summary>
internal sealed class SendsListener : IDisposable
{
    private const string MeterName = "Roadmap.Workshops";
    private const string InstrumentName = "roadmap.workshop.sends";

    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _byEvent = new(StringComparer.Ordinal);

    public SendsListener()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == MeterName && instrument.Name == InstrumentName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var name = "?";
            foreach (var tag in tags)
            {
                if (tag.Key == "event")
                {
                    name = tag.Value?.ToString() ?? "?";
                }
            }

            _byEvent.AddOrUpdate(name, value, (_, total) => total + value);
        });
        _listener.Start();
    }

    public IReadOnlyDictionary<string, long> ByEvent => _byEvent.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    public void Dispose() => _listener.Dispose();
}
