using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;
using Roadmap.Application.Workshops.Access;
using Roadmap.Application.Workshops.CallOnNextHand;
using Roadmap.Application.Workshops.ClosePoll;
using Roadmap.Application.Workshops.EndWorkshop;
using Roadmap.Application.Workshops.FocusItem;
using Roadmap.Application.Workshops.GroupIdea;
using Roadmap.Application.Workshops.HideIdea;
using Roadmap.Application.Workshops.OpenPoll;
using Roadmap.Application.Workshops.PromoteIdea;
using Roadmap.Application.Workshops.StartTimer;
using Roadmap.Application.Workshops.StopTimer;

namespace Roadmap.Application.Tests.Workshops;

/// <summary>Every facilitator request is refused to participants, whatever their role, and to facilitators of other workshops.</summary>
public sealed class FacilitatorOnlyTests() : ApplicationTest(frozenClock: true)
{
    public static readonly TheoryData<string, string> RequestsAndParticipantRoles = Cases();

    private WorkshopScene _scene = default!;

    protected override async Task ArrangeAsync()
    {
        _scene = await WorkshopScene.StartAsync(Host);
    }

    [Theory]
    [MemberData(nameof(RequestsAndParticipantRoles))]
    public async Task ParticipantsAreRefused(string request, string role)
    {
        var participant = await _scene.MemberAsync(role);

        await Assert.ThrowsAsync<ForbiddenException>(() => SendAsync(participant, request));
    }

    [Theory]
    [InlineData(nameof(OpenPoll))]
    [InlineData(nameof(EndWorkshop))]
    [InlineData(nameof(CallOnNextHand))]
    public async Task AFacilitatorOfAnotherWorkshopIsRefused(string request)
    {
        var other = await _scene.MemberAsync(RoleNames.Facilitator);

        var error = await Assert.ThrowsAsync<ForbiddenException>(() => SendAsync(other, request));

        Assert.Equal(WorkshopAccess.NotFacilitator, error.Message);
    }

    [Fact]
    public async Task AnAdministratorMayRunAnyWorkshop()
    {
        var admin = await _scene.MemberAsync(RoleNames.Administrator);

        var focused = await _scene.SendAs(admin, new FocusItem(_scene.WorkshopId, await FirstItemAsync()));

        Assert.Equal(_scene.WorkshopId, focused.WorkshopId);
    }

    private async Task SendAsync(Participant caller, string request)
    {
        var id = _scene.WorkshopId;
        var axis = _scene.Roadmap.Axes[0].Id;
        var item = await FirstItemAsync();
        _scene.As(caller);
        Task send = request switch
        {
            nameof(FocusItem) => Host.SendAsync(new FocusItem(id, item)),
            nameof(OpenPoll) => Host.SendAsync(new OpenPoll(id, new PollDraft(PollKind.Scale, "Note ?", null, null, null, null))),
            nameof(ClosePoll) => Host.SendAsync(new ClosePoll(id, Guid.NewGuid())),
            nameof(StartTimer) => Host.SendAsync(new StartTimer(id, 60)),
            nameof(StopTimer) => Host.SendAsync(new StopTimer(id)),
            nameof(CallOnNextHand) => Host.SendAsync(new CallOnNextHand(id)),
            nameof(PromoteIdea) => Host.SendAsync(new PromoteIdea(id, Guid.NewGuid(), axis)),
            nameof(GroupIdea) => Host.SendAsync(new GroupIdea(id, Guid.NewGuid(), axis)),
            nameof(HideIdea) => Host.SendAsync(new HideIdea(id, Guid.NewGuid(), "Hors sujet")),
            nameof(EndWorkshop) => Host.SendAsync(new EndWorkshop(id)),
            _ => throw new ArgumentOutOfRangeException(nameof(request)),
        };
        await send;
    }

    private async Task<Guid> FirstItemAsync() =>
        (await Host.WithDbAsync(db => Task.FromResult(db.Workshops.Single(w => w.Id == _scene.WorkshopId)))).Agenda.OrderBy(i => i.Position).First().Id;

    private static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        string[] requests = [nameof(FocusItem), nameof(OpenPoll), nameof(ClosePoll), nameof(StartTimer), nameof(StopTimer), nameof(CallOnNextHand),
            nameof(PromoteIdea), nameof(GroupIdea), nameof(HideIdea), nameof(EndWorkshop)];
        foreach (var request in requests)
        {
            foreach (var role in new[] { RoleNames.Citizen, RoleNames.Actor, RoleNames.ElectedOfficial })
            {
                data.Add(request, role);
            }
        }

        return data;
    }
}
