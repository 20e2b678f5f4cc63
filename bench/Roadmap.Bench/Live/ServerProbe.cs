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

/// <summary>
/// Listens to the app's ballot batches (<c>roadmap.ballot_batch.size</c> and <c>.duration</c>, meter <c>Roadmap</c>):
/// how many were written, how big, how long each write took. A poll's batches are written one after the other, so their
/// summed durations against the vote's length say how busy the ballots' writes were.
/// </summary>
internal sealed class BallotBatchesListener : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly List<int> _sizes = [];
    private readonly List<double> _seconds = [];

    public BallotBatchesListener()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Roadmap" && instrument.Name.StartsWith("roadmap.ballot_batch.", StringComparison.Ordinal))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>((_, size, _, _) => Add(_sizes, size));
        _listener.SetMeasurementEventCallback<double>((_, seconds, _, _) => Add(_seconds, seconds));
        _listener.Start();
    }

    /// <summary>What was recorded so far; <paramref name="window"/> is the vote's length, against which the writes' busy share is given.</summary>
    public BallotBatchFigures Figures(double window)
    {
        lock (_sizes)
        {
            var milliseconds = _seconds.Select(s => s * 1000).Order().ToList();
            return new BallotBatchFigures(
                _sizes.Count,
                _sizes.Count == 0 ? 0 : _sizes.Average(),
                _sizes.Count == 0 ? 0 : _sizes.Max(),
                Rank(milliseconds, 0.50),
                Rank(milliseconds, 0.95),
                window <= 0 ? 0 : _seconds.Sum() / window);
        }
    }

    public void Dispose() => _listener.Dispose();

    private void Add<T>(List<T> list, T value)
    {
        lock (_sizes)
        {
            list.Add(value);
        }
    }

    private static double Rank(List<double> sorted, double quantile) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(quantile * sorted.Count))];
}

/// <summary>The ballot batches of a vote: count, mean and largest size, write time p50 and p95 (ms), and the share of the vote they were writing.</summary>
internal sealed record BallotBatchFigures(int Batches, double MeanSize, int MaxSize, double P50Milliseconds, double P95Milliseconds, double BusyShare);
