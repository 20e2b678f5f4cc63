using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Roadmap.Bench.LiveClient;

/// <summary>The first poll as it closed: what every returning participant must find again.</summary>
internal sealed record FirstPoll(Guid Id, Guid[] OptionIds, int Ballots, int[] Votes);

/// <summary>
/// The reconnect storm (see <see cref="StormReport"/>): every participant's socket aborted at once, as
/// when a room's network or a node fails; each comes back as the browser client does (hub URL with its
/// guest token, <c>Join</c>, <c>GetState</c>), at most <c>--concurrency</c> at a time. Then a second
/// poll, whose tally must equal the ballots acknowledged.
/// </summary>
internal sealed class StormPhase(ClientOptions options, Uri hub, HubConnection facilitator, FirstPoll first)
{
    private static readonly TimeSpan PresenceWait = TimeSpan.FromSeconds(10);
    private readonly LiveCounters _counters = new();
    private readonly List<string> _errors = [];
    private readonly int[] _acknowledgedPerOption = new int[first.OptionIds.Length];
    private int _acknowledged;
    private int _refused;
    private int _stale;

    public async Task<StormReport> RunAsync(IReadOnlyList<Voter> voters, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        foreach (var voter in voters)
        {
            voter.Abort();
        }

        var (back, report, errors) = await Connections.OpenManyAsync(voters.Count, options.Concurrency, i => ReturnAsync(voters[i], cancellationToken));
        var recovered = Stats.Milliseconds(Stopwatch.GetTimestamp() - start) / 1000;
        _errors.AddRange(errors.Take(10));
        HostChannel.Progress($"tempête : {back.Count}/{voters.Count} participant·es revenu·es en {recovered:0.0} s");
        HostChannel.Send(LiveProtocol.StormBack, back.Count);
        var (present, firstBallots) = await ServerViewAsync(voters.Count + 1, cancellationToken);
        var presenceSeconds = Stats.Milliseconds(Stopwatch.GetTimestamp() - start) / 1000;

        var (closedBallots, closedVotes, seen) = await SecondPollAsync(back, cancellationToken);
        await Task.WhenAll(back.Select(v => v.Connection.DisposeAsync().AsTask()));
        return new StormReport(voters.Count, back.Count, report.Failed, _stale, recovered, report.PerConnection, present, voters.Count + 1, presenceSeconds,
            firstBallots, _acknowledged, _refused, _acknowledgedPerOption, closedBallots, closedVotes, seen.Count,
            seen.Count(s => s.Ballots != closedBallots || !s.Votes.SequenceEqual(closedVotes)), _errors.Take(10).ToList());
    }

    private async Task<Voter> ReturnAsync(Voter before, CancellationToken cancellationToken)
    {
        var identity = before.Joined ?? throw new InvalidOperationException("Participant·e sans jeton d'invité·e.");
        var voter = Voter.Listening(new Uri(hub + "?guestToken=" + Uri.EscapeDataString(identity.GuestToken)), _counters, options.Socket(hub, null));
        await voter.JoinAsync(options.JoinCode, identity.Name, cancellationToken);
        var state = await voter.Connection.InvokeAsync("GetState", [], cancellationToken);
        if (voter.Joined!.ParticipantKey != identity.ParticipantKey || !Matches(state, before.Option))
        {
            Interlocked.Increment(ref _stale);
        }

        return voter;
    }

    /// <summary>Present, a guest, the first poll closed with its final tally and this participant's own ballot.</summary>
    private bool Matches(JsonElement state, int? option)
    {
        var me = state.GetProperty("me");
        var poll = state.GetProperty("polls").EnumerateArray().FirstOrDefault(p => p.GetProperty("id").GetGuid() == first.Id);
        if (!me.GetProperty("isPresent").GetBoolean() || !me.GetProperty("isGuest").GetBoolean() || poll.ValueKind != JsonValueKind.Object || poll.GetProperty("isOpen").GetBoolean())
        {
            return false;
        }

        var (ballots, votes) = LivePhase.Tally(poll.GetProperty("results"));
        var mine = poll.GetProperty("myBallot");
        var ownBallot = option is { } o
            ? mine.ValueKind == JsonValueKind.Object && mine.GetProperty("optionIds").EnumerateArray().Select(e => e.GetGuid()).SequenceEqual([first.OptionIds[o]])
            : mine.ValueKind == JsonValueKind.Null;
        return ballots == first.Ballots && votes.SequenceEqual(first.Votes) && ownBallot;
    }

    /// <summary>The presence count the facilitator reads, waited for until it counts everyone (or 10 s); and the first poll's tally.</summary>
    private async Task<(int Present, int FirstBallots)> ServerViewAsync(int expected, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(PresenceWait.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            var state = await facilitator.InvokeAsync<JsonElement>("GetState", cancellationToken);
            var present = state.GetProperty("presence").GetProperty("present").GetInt32();
            if (present == expected || Stopwatch.GetTimestamp() > deadline)
            {
                var poll = state.GetProperty("polls").EnumerateArray().First(p => p.GetProperty("id").GetGuid() == first.Id);
                return (present, poll.GetProperty("results").GetProperty("ballots").GetInt32());
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    private async Task<(int Ballots, int[] Votes, List<(int Ballots, int[] Votes)> Seen)> SecondPollAsync(List<Voter> voters, CancellationToken cancellationToken)
    {
        var poll = await facilitator.InvokeAsync<JsonElement>("OpenPoll", new
        {
            kind = "SingleChoice",
            question = "Et après la coupure ?",
            options = first.OptionIds.Select((_, i) => new { text = $"Choix {i + 1}", actionId = (Guid?)null }),
            maxChoices = (int?)null,
            points = (int?)null,
            durationSeconds = (int?)null,
        }, cancellationToken);
        var pollId = poll.GetProperty("id").GetGuid();
        var optionIds = poll.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ToArray();
        var random = new Random(options.Seed + 1);
        var choices = voters.Select(_ => random.Next(optionIds.Length)).ToList();
        await Task.WhenAll(voters.Select((v, i) => VoteAsync(v, pollId, optionIds, choices[i], cancellationToken)));
        HostChannel.Progress($"second scrutin : {_acknowledged} votes acquittés");

        var closed = await facilitator.InvokeAsync<JsonElement>("ClosePoll", pollId, cancellationToken);
        try
        {
            await Task.WhenAll(voters.Select(v => v.Closed)).WaitAsync(TimeSpan.FromSeconds(20), cancellationToken);
        }
        catch (TimeoutException)
        {
            // Whoever is still waiting is reported as such.
        }

        var (ballots, votes) = LivePhase.Tally(closed.GetProperty("results"));
        return (ballots, votes, voters.Where(v => v.Closed.IsCompletedSuccessfully).Select(v => LivePhase.Tally(v.Closed.Result.GetProperty("results"))).ToList());
    }

    private async Task VoteAsync(Voter voter, Guid pollId, Guid[] optionIds, int option, CancellationToken cancellationToken)
    {
        try
        {
            await voter.Opened.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            await voter.Connection.InvokeAsync("CastBallot", [pollId, new { optionIds = new[] { optionIds[option] }, points = (object?)null, score = (int?)null }], cancellationToken);
            lock (_acknowledgedPerOption)
            {
                _acknowledgedPerOption[option]++;
                _acknowledged++;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Interlocked.Increment(ref _refused);
            lock (_errors)
            {
                _errors.Add($"second vote : {ex.GetType().Name} {ex.Message}");
            }
        }
    }
}
