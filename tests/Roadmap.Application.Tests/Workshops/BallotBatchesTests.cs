using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Metrics;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;
using Roadmap.Application.Workshops.CastBallot;
using Roadmap.Application.Workshops.ClosePoll;
using Roadmap.Application.Workshops.OpenPoll;
using Roadmap.Application.Workshops.Polls;

namespace Roadmap.Application.Tests.Workshops;

/// <summary>
/// The ballots of the moment written together (issue 14, decision 043). The poll's batch is held open by the test
/// (a first batch that waits for it), so the voters sent meanwhile are, by construction, the next batch.
/// </summary>
public sealed class BallotBatchesTests() : ApplicationTest(frozenClock: true)
{
    private WorkshopScene _scene = default!;
    private PollView _poll = default!;

    protected override async Task ArrangeAsync()
    {
        _scene = await WorkshopScene.StartAsync(Host);
        _poll = await _scene.SendAs(_scene.Facilitator, new OpenPoll(_scene.WorkshopId,
            new PollDraft(PollKind.SingleChoice, "Êtes-vous d'accord ?", [new("Oui", null), new("Non", null), new("Sans avis", null)], null, null, null)));
    }

    [Fact]
    public async Task VotersOfTheMomentShareOneWriteAndEachIsAnsweredForThemselves()
    {
        var guests = new List<Participant>();
        for (var i = 0; i < 4; i++)
        {
            guests.Add(await _scene.GuestAsync($"Invité·e {i}"));
        }

        var release = Hold();
        Host.Sql.Clear();
        var yes = Vote(guests[0], 0);
        var no = Vote(guests[1], 1);
        var firstThought = Vote(guests[2], 0);
        var secondThought = Vote(guests[2], 2);
        var twoChoices = Cast(guests[3], new BallotInput([_poll.Options[0].Id, _poll.Options[1].Id], null, null));
        var stranger = Host.SendAsync(new CastBallot(_scene.WorkshopId, "jeton-inconnu", _poll.Id, new BallotInput([_poll.Options[0].Id], null, null)));
        Assert.False(yes.IsCompleted);

        await release();

        Assert.Equal([_poll.Options[0].Id], (await yes).OptionIds);
        Assert.Equal([_poll.Options[1].Id], (await no).OptionIds);
        Assert.Equal([_poll.Options[0].Id], (await firstThought).OptionIds);
        Assert.Equal([_poll.Options[2].Id], (await secondThought).OptionIds);
        Assert.Equal("Choisissez une seule option.", (await Assert.ThrowsAsync<DomainRuleException>(() => twoChoices)).Message);
        await Assert.ThrowsAsync<ForbiddenException>(() => stranger);

        // One read of who joined and one of their earlier ballots for the six voters, not six of each.
        Assert.Single(Host.Sql.Commands, c => c.Contains("FROM \"WorkshopAttendances\"", StringComparison.Ordinal));
        Assert.Single(Host.Sql.Commands, c => c.StartsWith("SELECT", StringComparison.Ordinal) && c.Contains("FROM \"WorkshopBallots\"", StringComparison.Ordinal));
        var results = (await _scene.SendAs(_scene.Facilitator, new ClosePoll(_scene.WorkshopId, _poll.Id))).Results;
        Assert.Equal(3, results.Ballots);
        Assert.Equal([1, 1, 1], results.Options.Select(o => o.Votes));
        Assert.Equal(0, Host.Get<BallotBatches>().Active);
    }

    [Fact]
    public async Task AWriteTheDatabaseRefusesFailsTheBatchAndEachBallotIsThenWrittenAlone()
    {
        var refused = await _scene.GuestAsync("Refusé·e");
        var others = new[] { await _scene.GuestAsync("Une"), await _scene.GuestAsync("Deux") };
        // What another node's twin ballot would do at the commit: the database refuses this voter's row.
        await Host.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql()
            ? $$"""
                CREATE FUNCTION refuse_one() RETURNS trigger LANGUAGE plpgsql AS $f$
                BEGIN IF NEW."VoterKey" = '{{refused.Key}}' THEN RAISE EXCEPTION 'twin'; END IF; RETURN NEW; END $f$;
                CREATE TRIGGER refuse_one BEFORE INSERT ON "WorkshopBallots" FOR EACH ROW EXECUTE FUNCTION refuse_one();
                """
            : $"CREATE TRIGGER refuse_one BEFORE INSERT ON \"WorkshopBallots\" WHEN NEW.\"VoterKey\" = '{refused.Key}' BEGIN SELECT RAISE(ABORT, 'twin'); END"));

        var release = Hold();
        var votes = others.Select(o => Vote(o, 1)).Append(Vote(refused, 0)).ToList();
        await release();

        Assert.Equal([_poll.Options[1].Id], (await votes[0]).OptionIds);
        Assert.Equal([_poll.Options[1].Id], (await votes[1]).OptionIds);
        await Assert.ThrowsAsync<DbUpdateException>(() => votes[2]);
        var results = (await _scene.SendAs(_scene.Facilitator, new ClosePoll(_scene.WorkshopId, _poll.Id))).Results;
        Assert.Equal(2, results.Ballots);
        Assert.Equal(2, results.Options[1].Votes);
    }

    [Fact]
    public async Task ManyConcurrentVotersAreAllWrittenExactly()
    {
        var guests = new List<Participant>();
        for (var i = 0; i < 60; i++)
        {
            guests.Add(await _scene.GuestAsync($"Invité·e {i}"));
        }

        var answers = await Task.WhenAll(guests.Select((g, i) => Task.Run(() => Vote(g, i % 3))));

        Assert.Equal(60, answers.Length);
        var results = (await _scene.SendAs(_scene.Facilitator, new ClosePoll(_scene.WorkshopId, _poll.Id))).Results;
        Assert.Equal(60, results.Ballots);
        Assert.Equal([20, 20, 20], results.Options.Select(o => o.Votes));
        Assert.Equal(0, Host.Get<BallotBatches>().Active);
    }

    [Fact]
    public async Task EachBatchIsMeasuredWithItsVotersAndTheTimeItsWriteTook()
    {
        var guests = new List<Participant>();
        for (var i = 0; i < 3; i++)
        {
            guests.Add(await _scene.GuestAsync($"Invité·e {i}"));
        }

        using var measured = new BatchMeasures(Host.Get<RoadmapMetrics>());
        var release = Hold();
        var together = guests.Select((g, i) => Vote(g, i)).ToList();
        await release();
        await Task.WhenAll(together);
        await Vote(guests[0], 1);

        // Recorded as the write ends, which may be just after its voters were answered.
        Assert.True(SpinWait.SpinUntil(() => measured.Count == 2, TimeSpan.FromSeconds(5)));
        Assert.Equal([3, 1], measured.Sizes);
        Assert.All(measured.Seconds, s => Assert.InRange(s, double.Epsilon, 60));
    }

    private Func<Task> Hold() => HeldBallotBatch.Hold(Host, _scene.WorkshopId, _poll.Id);

    private Task<MyBallotView> Vote(Participant guest, int option) => Cast(guest, new BallotInput([_poll.Options[option].Id], null, null));

    private Task<MyBallotView> Cast(Participant guest, BallotInput ballot) =>
        Host.SendAsync(new CastBallot(_scene.WorkshopId, guest.GuestToken, _poll.Id, ballot));

    /// <summary>What one host's <see cref="RoadmapMetrics"/> recorded of its ballot batches (other hosts of the process are ignored).</summary>
    private sealed class BatchMeasures : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly List<int> _sizes = [];
        private readonly List<double> _seconds = [];

        public BatchMeasures(RoadmapMetrics metrics)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter == metrics.Meter && instrument.Name.StartsWith("roadmap.ballot_batch.", StringComparison.Ordinal))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<int>((_, size, _, _) => Add(_sizes, size));
            _listener.SetMeasurementEventCallback<double>((_, seconds, _, _) => Add(_seconds, seconds));
            _listener.Start();
        }

        public int Count
        {
            get
            {
                lock (_sizes)
                {
                    return Math.Min(_sizes.Count, _seconds.Count);
                }
            }
        }

        public IReadOnlyList<int> Sizes => Copy(_sizes);

        public IReadOnlyList<double> Seconds => Copy(_seconds);

        public void Dispose() => _listener.Dispose();

        private void Add<T>(List<T> list, T value)
        {
            lock (_sizes)
            {
                list.Add(value);
            }
        }

        private List<T> Copy<T>(List<T> list)
        {
            lock (_sizes)
            {
                return [.. list];
            }
        }
    }
}
