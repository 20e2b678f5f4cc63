using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Participation.EndorseAction;
using Roadmap.Application.Participation.SupportAction;
using Roadmap.Application.Tests.Fixtures;
using static Roadmap.Application.Tests.Participation.ParticipationScene;

namespace Roadmap.Application.Tests.Participation;

/// <summary>Requests that arrive together: counts stay exact, double clicks count once, the cap holds.</summary>
public sealed class ParticipationConcurrencyTests : ApplicationTest
{
    private ParallelCallers _callers = default!;

    protected override Task ArrangeAsync()
    {
        _callers = ParallelCallers.OnDatabaseOf(Host);
        return Task.CompletedTask;
    }

    protected override async Task CleanUpAsync() => await _callers.DisposeAsync();

    [Fact]
    public async Task FiftyPeopleSupportingAtOnceAreAllCounted()
    {
        var scene = await CreateAsync(Host);
        var people = await NewUsersAsync(50, null);

        var recorded = await Task.WhenAll(people.Select(id => _callers.SendAsAsync(id, null, RoleNames.Citizen, new SupportAction(scene.Action.Id))));

        Assert.All(recorded, Assert.True);
        Assert.Equal(new SupportCounts(Counter: 50, Rows: 50), await SupportsOfAsync(Host, scene.Action.Id));
    }

    [Fact]
    public async Task TenClicksOfOnePersonMakeOneSupport()
    {
        var scene = await CreateAsync(Host);
        var id = await Host.NewUserAsync();

        var recorded = await Task.WhenAll(Enumerable.Range(1, 10).Select(_ => _callers.SendAsAsync(id, null, RoleNames.Citizen, new SupportAction(scene.Action.Id))));

        Assert.Equal(1, recorded.Count(r => r));
        Assert.Equal(new SupportCounts(Counter: 1, Rows: 1), await SupportsOfAsync(Host, scene.Action.Id));
    }

    [Fact]
    public async Task SupportsSentTogetherNeverGoPastTheCap()
    {
        var scene = await CreateAsync(Host, new VotingRules(SupportEligibility.AllRegistered, 3), actions: 6);
        var id = await Host.NewUserAsync();

        var outcomes = await Task.WhenAll(scene.Actions.Select(a => Outcome(_callers.SendAsAsync(id, null, RoleNames.Citizen, new SupportAction(a.Id)))));

        var kept = await Host.WithDbAsync(db => db.Supports.CountAsync(s => s.UserId == id));
        // Two requests that cross may both step back (neither is kept): the cap errs on the safe side.
        Assert.InRange(kept, 0, 3);
        Assert.Equal(kept, outcomes.Count(o => o is null));
        Assert.All(outcomes.OfType<Exception>(), e => Assert.IsType<ConflictException>(e));
        foreach (var action in scene.Actions)
        {
            var (counter, rows) = await SupportsOfAsync(Host, action.Id);
            Assert.Equal(rows, counter);
        }
    }

    [Fact]
    public async Task TwoOfficialsOfOneCommuneCoSigningAtOnceMakeOneCoSignature()
    {
        var scene = await CreateAsync(Host);
        var commune = await CommuneAsync(Host);
        var officials = await NewUsersAsync(5, commune.Id);

        var outcomes = await Task.WhenAll(officials.Select(id =>
            Outcome(_callers.SendAsAsync(id, commune.Id, RoleNames.ElectedOfficial, new EndorseAction(scene.Action.Id)))));

        Assert.Equal(1, outcomes.Count(o => o is null));
        Assert.All(outcomes.OfType<Exception>(), e => Assert.IsType<ConflictException>(e));
        Assert.Equal(1, await Host.WithDbAsync(db => db.Endorsements.CountAsync()));
    }

    private async Task<List<Guid>> NewUsersAsync(int count, Guid? organisationId)
    {
        var ids = new List<Guid>();
        for (var i = 1; i <= count; i++)
        {
            ids.Add(await Host.NewUserAsync($"Participant·e {i}", organisationId));
        }

        return ids;
    }

    /// <summary>Null when the request succeeded, else what it threw.</summary>
    private static async Task<Exception?> Outcome<T>(Task<T> request)
    {
        try
        {
            await request;
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }
}
