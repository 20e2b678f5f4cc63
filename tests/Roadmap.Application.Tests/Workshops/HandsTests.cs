using Roadmap.Application.Domain;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;
using Roadmap.Application.Workshops.CallOnNextHand;
using Roadmap.Application.Workshops.LowerHand;
using Roadmap.Application.Workshops.RaiseHand;

namespace Roadmap.Application.Tests.Workshops;

public sealed class HandsTests() : ApplicationTest(frozenClock: true)
{
    private WorkshopScene _scene = default!;

    protected override async Task ArrangeAsync()
    {
        _scene = await WorkshopScene.StartAsync(Host);
    }

    [Fact]
    public async Task TheFacilitatorCallsOnTheFirstRaisedHand()
    {
        var first = await _scene.MemberAsync(name: "Première");
        var second = await _scene.MemberAsync(name: "Seconde");
        await _scene.SendAs(first, new RaiseHand(_scene.WorkshopId, null));
        Host.Clock.Advance(TimeSpan.FromSeconds(1));
        await _scene.SendAs(second, new RaiseHand(_scene.WorkshopId, null));

        var hands = await _scene.SendAs(_scene.Facilitator, new CallOnNextHand(_scene.WorkshopId));

        Assert.Equal("Première", hands.LastCalled!.Name);
        Assert.Equal("Seconde", Assert.Single(hands.Queue).Name);
    }

    [Fact]
    public async Task RaisingTwiceKeepsOnePlaceInTheQueue()
    {
        var participant = await _scene.MemberAsync();
        await _scene.SendAs(participant, new RaiseHand(_scene.WorkshopId, null));

        var hands = await _scene.SendAs(participant, new RaiseHand(_scene.WorkshopId, null));

        Assert.Equal(hands.MyHandId, Assert.Single(hands.Queue).Id);
    }

    [Fact]
    public async Task ALoweredHandLeavesTheQueue()
    {
        var participant = await _scene.MemberAsync();
        await _scene.SendAs(participant, new RaiseHand(_scene.WorkshopId, null));

        var hands = await _scene.SendAs(participant, new LowerHand(_scene.WorkshopId, null));

        Assert.Empty(hands.Queue);
    }

    [Fact]
    public async Task CallingWithNoRaisedHandIsRefused()
    {
        await Assert.ThrowsAsync<DomainRuleException>(() => _scene.SendAs(_scene.Facilitator, new CallOnNextHand(_scene.WorkshopId)));
    }
}
