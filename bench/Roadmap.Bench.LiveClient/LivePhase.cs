using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Roadmap.Bench.LiveClient;

/// <summary>
/// The live workshop: the facilitator and N guests join over WebSockets; on the host's signal the
/// facilitator opens a single-choice poll and each participant votes once at a random moment within
/// the window; once every latency is known the facilitator closes the poll and everyone's final
/// tally is compared with the ballots acknowledged. On the host's signal the reconnect storm follows
/// (<see cref="StormPhase"/>).
/// </summary>
internal sealed class LivePhase(ClientOptions options, string facilitatorToken)
{
    private const int Options = 3;
    private static readonly string[] OptionTexts = ["Tiers-lieux", "Fibre", "Médiation numérique"];
    private readonly LiveCounters _counters = new();
    private readonly List<string> _errors = [];
    private readonly int[] _acknowledgedPerOption = new int[Options];
    private int _acknowledged;
    private int _refused;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var hub = new Uri(options.Url, "/hubs/workshop");
        await using var facilitator = Connections.Build(hub, facilitatorToken, options.Via(hub, options.NodeOf(0)));
        await facilitator.StartAsync(cancellationToken);
        await facilitator.InvokeAsync<JsonElement>("Join", options.JoinCode, null, cancellationToken);
        var (voters, report, errors) = await Connections.OpenManyAsync(options.Participants, options.Concurrency, async i =>
        {
            var node = options.NodeOf(i);
            var voter = Voter.Listening(hub, _counters, options.Socket(hub, node), node);
            await voter.JoinAsync(options.JoinCode, $"Participant·e {i + 1}", cancellationToken);
            return voter;
        });
        _errors.AddRange(errors.Take(10));
        HostChannel.Progress($"atelier : {report.Connected} participant·es ont rejoint en {report.Seconds:0.0} s");
        HostChannel.Send(LiveProtocol.LiveConnected, report);
        await HostChannel.ExpectAsync(LiveProtocol.LiveGo, cancellationToken);

        _counters.Start();
        var poll = await facilitator.InvokeAsync<JsonElement>("OpenPoll", new
        {
            kind = "SingleChoice",
            question = "Quelle priorité pour le territoire ?",
            options = OptionTexts.Select(text => new { text, actionId = (Guid?)null }),
            maxChoices = (int?)null,
            points = (int?)null,
            durationSeconds = (int?)null,
        }, cancellationToken);
        var opened = Stopwatch.GetTimestamp();
        var pollId = poll.GetProperty("id").GetGuid();
        var optionIds = poll.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ToArray();
        var random = new Random(options.Seed);
        var plan = voters.Select(_ => (Delay: random.NextDouble() * options.VoteWindowSeconds, Option: random.Next(Options))).ToList();
        await Task.WhenAll(voters.Select((v, i) => VoteAsync(v, pollId, optionIds, opened, plan[i].Delay, plan[i].Option, cancellationToken)));
        var votingSeconds = Stats.Milliseconds(Stopwatch.GetTimestamp() - opened) / 1000;
        HostChannel.Progress($"{_acknowledged} votes acquittés en {votingSeconds:0.0} s ; attente des derniers résultats…");

        await WaitAsync(voters.Where(v => v.Connection.IsOpen).Select(v => v.Resolved), 10);
        var closed = await facilitator.InvokeAsync<JsonElement>("ClosePoll", pollId, cancellationToken);
        await WaitAsync(voters.Select(v => v.Closed), 20);

        var final = Tally(closed.GetProperty("results"));
        var seen = voters.Where(v => v.Closed.IsCompletedSuccessfully).Select(v => Tally(v.Closed.Result.GetProperty("results"))).ToList();
        var times = voters.Select(v => v.Times()).OfType<VoterTimes>().ToList();
        HostChannel.Send(LiveProtocol.LiveResult, new LiveReport(
            voters.Count, _acknowledged, _refused, votingSeconds, Stats.Of(times.Select(t => t.FromSend)),
            Stats.Of(times.Select(t => t.FromAcknowledgement)), Stats.Of(times.Select(t => t.RoundTrip)), times.Count(t => t.ResultsBeforeAcknowledgement),
            _acknowledged - times.Count, _counters.Total, _counters.ByEvent(), _acknowledgedPerOption,
            final.Ballots, final.Votes, seen.Count, seen.Count(s => s.Ballots != final.Ballots || !s.Votes.SequenceEqual(final.Votes)),
            _errors.Take(10).ToList()));
        if (options.Nodes > 1)
        {
            // The reconnect storm is measured on one node; the two-node mode ends with the tally per node.
            HostChannel.Send(TwoNodesProtocol.LiveNodes, NodeReport.Split(voters, final));
        }
        else
        {
            await HostChannel.ExpectAsync(LiveProtocol.StormGo, cancellationToken);
            var storm = new StormPhase(options, hub, facilitator, new FirstPoll(pollId, optionIds, final.Ballots, final.Votes));
            HostChannel.Send(LiveProtocol.StormResult, await storm.RunAsync(voters, cancellationToken));
        }

        await Task.WhenAll(voters.Select(v => v.Connection.DisposeAsync().AsTask()));
    }

    private async Task VoteAsync(Voter voter, Guid pollId, Guid[] optionIds, long opened, double delaySeconds, int option, CancellationToken cancellationToken)
    {
        try
        {
            await voter.Opened.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            var due = opened + (long)(delaySeconds * Stopwatch.Frequency);
            var wait = Stats.Milliseconds(due - Stopwatch.GetTimestamp());
            if (wait > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(wait), cancellationToken);
            }

            voter.Sending();
            await voter.Connection.InvokeAsync("CastBallot", [pollId, new { optionIds = new[] { optionIds[option] }, points = (object?)null, score = (int?)null }], cancellationToken);
            // Counted and handed to the voter together, so k never misses a ballot acknowledged before this one.
            lock (_acknowledgedPerOption)
            {
                _acknowledgedPerOption[option]++;
                voter.Acknowledged(++_acknowledged, option);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Interlocked.Increment(ref _refused);
            lock (_errors)
            {
                _errors.Add($"vote : {ex.GetType().Name} {ex.Message}");
            }
        }
    }

    private static async Task WaitAsync(IEnumerable<Task> tasks, int seconds)
    {
        try
        {
            await Task.WhenAll(tasks).WaitAsync(TimeSpan.FromSeconds(seconds));
        }
        catch (TimeoutException)
        {
            // Whoever is still waiting is reported as such.
        }
    }

    internal static (int Ballots, int[] Votes) Tally(JsonElement results) =>
        (results.GetProperty("ballots").GetInt32(), [.. results.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("votes").GetInt32())]);
}
