using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.GetWorkshopState;
using Roadmap.Application.Workshops.Presence;

namespace Roadmap.Application.Tests.Workshops;

/// <summary>
/// A room read once for the callers of the moment (issue 14), never with a read that started before the caller asked.
/// The reads here are held open by the test, so the order of events is the test's, not the scheduler's.
/// </summary>
public sealed class RoomSnapshotsTests
{
    private static readonly Guid Room = Guid.NewGuid();
    private readonly RoomSnapshots _snapshots = new();
    private int _loads;

    [Fact]
    public async Task CallersArrivingWhileAReadRunsShareTheNextReadNotThatOne()
    {
        var first = Held();
        var second = Held();
        var firstAnswer = _snapshots.ReadAsync(Room, first.Load);

        // Asked while the first read runs: the first read may miss their writes, so they wait for the next one.
        var waiting = Enumerable.Range(0, 50).Select(_ => _snapshots.ReadAsync(Room, second.Load)).ToList();
        Assert.All(waiting, w => Assert.False(w.IsCompleted));

        var one = Snapshot(present: 1);
        first.Answer.SetResult(one);
        Assert.Same(one, await firstAnswer);
        Assert.All(waiting, w => Assert.False(w.IsCompleted));

        var two = Snapshot(present: 51);
        second.Answer.SetResult(two);
        Assert.All(await Task.WhenAll(waiting), answer => Assert.Same(two, answer));
        Assert.Equal(2, _loads);
        Assert.Equal(0, _snapshots.Active);
    }

    [Fact]
    public async Task ACallerAloneReadsAtOnceAndEachLaterCallReadsAgain()
    {
        var one = Snapshot(present: 1);
        var two = Snapshot(present: 2);

        Assert.Same(one, await _snapshots.ReadAsync(Room, () => Counted(one)));
        Assert.Same(two, await _snapshots.ReadAsync(Room, () => Counted(two)));
        Assert.Equal(2, _loads);
    }

    [Fact]
    public async Task RoomsAreReadApart()
    {
        var held = Held();
        var pending = _snapshots.ReadAsync(Room, held.Load);
        var other = Snapshot(present: 7);

        Assert.Same(other, await _snapshots.ReadAsync(Guid.NewGuid(), () => Counted(other)));
        Assert.False(pending.IsCompleted);
        held.Answer.SetResult(Snapshot(present: 1));
        await pending;
    }

    [Fact]
    public async Task AFailedReadFailsItsBatchOnlyAndTheNextBatchReadsAgain()
    {
        var failing = Held();
        var next = Held();
        var failed = _snapshots.ReadAsync(Room, failing.Load);
        var waiting = _snapshots.ReadAsync(Room, next.Load);

        failing.Answer.SetException(new TimeoutException("base indisponible"));
        await Assert.ThrowsAsync<TimeoutException>(() => failed);
        Assert.False(waiting.IsCompleted);

        var fresh = Snapshot(present: 3);
        next.Answer.SetResult(fresh);
        Assert.Same(fresh, await waiting);
        Assert.Equal(0, _snapshots.Active);
    }

    [Fact]
    public async Task ConcurrentCallersAllGetAnAnswerFromFewerReads()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 400).Select(_ => Task.Run(() => _snapshots.ReadAsync(Room, async () =>
        {
            await Task.Delay(5);
            return await Counted(Snapshot(present: 1));
        }))));

        Assert.Equal(400, answers.Length);
        Assert.All(answers, a => Assert.Equal(1, a.Presence.Present));
        Assert.InRange(_loads, 1, 399);
        Assert.Equal(0, _snapshots.Active);
    }

    private (TaskCompletionSource<RoomSnapshot> Answer, Func<Task<RoomSnapshot>> Load) Held()
    {
        var answer = new TaskCompletionSource<RoomSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        return (answer, () =>
        {
            Interlocked.Increment(ref _loads);
            return answer.Task;
        });
    }

    private Task<RoomSnapshot> Counted(RoomSnapshot snapshot)
    {
        Interlocked.Increment(ref _loads);
        return Task.FromResult(snapshot);
    }

    private static RoomSnapshot Snapshot(int present) =>
        new([], new Dictionary<Guid, Roadmap.Application.Workshops.Polls.PollTally>(), [], new PresenceView(Room, WorkshopStatus.Live, present, present, 0, [], []), [], null);
}
