using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;
using Roadmap.Application.Workshops.Access;
using Roadmap.Application.Workshops.CancelWorkshop;
using Roadmap.Application.Workshops.GetWorkshop;
using Roadmap.Application.Workshops.ListWorkshops;

namespace Roadmap.Application.Tests.Workshops;

/// <summary>The workshop queries carry what the status allows, so that pages read it rather than decide it.</summary>
public sealed class WorkshopQueriesStateTests() : ApplicationTest(frozenClock: true)
{
    [Fact]
    public async Task ACancelledWorkshopLeavesTheUpcomingListOnceItsHourHasPassed()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        await scene.SendAs(scene.Facilitator, new CancelWorkshop(scene.WorkshopId, "Intempéries"));
        var before = Assert.Single(await Host.SendAsync(new ListWorkshops(scene.Roadmap.Slug)));

        Host.Clock.Advance(TimeSpan.FromDays(2));
        var after = Assert.Single(await Host.SendAsync(new ListWorkshops(scene.Roadmap.Slug)));

        Assert.True(before.IsUpcoming);
        Assert.False(after.IsUpcoming);
    }

    [Fact]
    public async Task AFacilitatorMayEditAndCancelAScheduledWorkshop()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);

        var workshop = await scene.SendAs(scene.Facilitator, new GetWorkshop(scene.WorkshopId));

        Assert.True(workshop.IsOpen);
        Assert.Null(workshop.EditRefusal);
        Assert.Null(workshop.CancelRefusal);
        Assert.Equal("Le compte rendu s'écrit une fois l'atelier terminé.", workshop.MinutesRefusal);
    }

    [Fact]
    public async Task OthersAreToldThatOnlyTheFacilitationMayEdit()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        var citizen = await scene.NewPersonAsync("Claude", null, RoleNames.Citizen);

        var workshop = await scene.SendAs(citizen, new GetWorkshop(scene.WorkshopId));

        Assert.Equal(WorkshopAccess.NotFacilitator, workshop.EditRefusal);
        Assert.Null(workshop.EditableDraft);
    }

    [Fact]
    public async Task ALiveWorkshopCanNoLongerBeEdited()
    {
        var scene = await WorkshopScene.StartAsync(Host);

        var workshop = await scene.SendAs(scene.Facilitator, new GetWorkshop(scene.WorkshopId));

        Assert.Equal("Cet atelier est « En cours » : il ne peut plus être modifié.", workshop.EditRefusal);
    }
}
