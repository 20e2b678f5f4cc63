using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;
using Roadmap.Application.Workshops.CancelWorkshop;
using Roadmap.Application.Workshops.CreateWorkshop;
using Roadmap.Application.Workshops.EditWorkshop;
using Roadmap.Application.Workshops.GetWorkshop;
using Roadmap.Application.Workshops.ListWorkshops;

namespace Roadmap.Application.Tests.Workshops;

public sealed class CreateWorkshopTests() : ApplicationTest(frozenClock: true)
{
    [Fact]
    public async Task JoinCodesAreUniqueAcrossWorkshops()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        scene.As(scene.Facilitator);

        var codes = new List<string> { scene.JoinCode };
        for (var i = 0; i < 40; i++)
        {
            codes.Add((await Host.SendAsync(new CreateWorkshop(scene.Roadmap.Slug, WorkshopScene.Draft(scene.Roadmap)))).JoinCode);
        }

        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public async Task ADoubleSubmitOfOneFormSchedulesOneWorkshop()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        scene.As(scene.Facilitator);
        var form = new CreateWorkshop(scene.Roadmap.Slug, WorkshopScene.Draft(scene.Roadmap)) { SubmissionKey = Guid.NewGuid() };
        var before = await Host.WithDbAsync(db => db.Workshops.CountAsync());

        var created = await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ =>
        {
            await Task.Yield();
            return await Host.SendAsync(form);
        }));

        Assert.Single(created.Distinct());
        Assert.Equal(before + 1, await Host.WithDbAsync(db => db.Workshops.CountAsync()));
    }

    [Fact]
    public async Task TwoFormsScheduleTwoWorkshops()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        scene.As(scene.Facilitator);

        var first = await Host.SendAsync(new CreateWorkshop(scene.Roadmap.Slug, WorkshopScene.Draft(scene.Roadmap)) { SubmissionKey = Guid.NewGuid() });
        var second = await Host.SendAsync(new CreateWorkshop(scene.Roadmap.Slug, WorkshopScene.Draft(scene.Roadmap)) { SubmissionKey = Guid.NewGuid() });

        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public async Task TheDatabaseRefusesTwoWorkshopsWithTheSameCode()
    {
        var roadmap = new RoadmapBuilder().InPhase(RoadmapPhase.Ateliers);
        var built = roadmap.Build();
        await Host.SaveAsync(roadmap.Owner, built);
        var first = Workshop.Schedule(built, WorkshopScene.Draft(built), new HashSet<Guid>(), Guid.NewGuid(), "ABCDEF", RoadmapBuilder.Now);
        var twin = Workshop.Schedule(built, WorkshopScene.Draft(built), new HashSet<Guid>(), Guid.NewGuid(), "ABCDEF", RoadmapBuilder.Now);
        await Host.SaveAsync(first);

        await Assert.ThrowsAsync<DbUpdateException>(() => Host.SaveAsync(twin));
    }

    [Fact]
    public async Task CitizensCannotScheduleWorkshops()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        var citizen = await scene.NewPersonAsync("Claude", null, RoleNames.Citizen);

        await Assert.ThrowsAsync<ForbiddenException>(() => scene.SendAs(citizen, new CreateWorkshop(scene.Roadmap.Slug, WorkshopScene.Draft(scene.Roadmap))));
    }

    [Fact]
    public async Task AVisioWorkshopNeedsAWebLink()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        var draft = WorkshopScene.Draft(scene.Roadmap) with { Mode = WorkshopMode.Visio, VisioLink = "javascript:alert(1)" };

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => scene.SendAs(scene.Facilitator, new CreateWorkshop(scene.Roadmap.Slug, draft)));

        Assert.Contains("Draft.VisioLink", error.Errors.Keys);
    }

    [Fact]
    public async Task AnAgendaItemCannotPointToAnotherRoadmapsAxis()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        var draft = WorkshopScene.Draft(scene.Roadmap) with { Agenda = [new AgendaItemDraft(AgendaItemKind.Axis, Guid.NewGuid(), null, null)] };

        await Assert.ThrowsAsync<DomainRuleException>(() => scene.SendAs(scene.Facilitator, new CreateWorkshop(scene.Roadmap.Slug, draft)));
    }

    [Fact]
    public async Task AnotherFacilitatorCannotEditTheWorkshop()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        var other = await scene.NewPersonAsync("Autre animateur", null, RoleNames.Facilitator);

        await Assert.ThrowsAsync<ForbiddenException>(() => scene.SendAs(other, new EditWorkshop(scene.WorkshopId, WorkshopScene.Draft(scene.Roadmap))));
    }

    [Fact]
    public async Task ACoFacilitatorMayEditTheWorkshop()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        var co = await scene.NewPersonAsync("Co-animatrice", null, RoleNames.Facilitator);
        await scene.SendAs(scene.Facilitator, new EditWorkshop(scene.WorkshopId, WorkshopScene.Draft(scene.Roadmap, coFacilitators: [co.UserId!.Value])));

        await scene.SendAs(co, new EditWorkshop(scene.WorkshopId, WorkshopScene.Draft(scene.Roadmap) with { Title = "Nouveau titre" }));

        var details = await scene.SendAs(co, new GetWorkshop(scene.WorkshopId));
        Assert.Equal("Nouveau titre", details.Title);
    }

    [Fact]
    public async Task ALiveWorkshopCannotBeCancelled()
    {
        var scene = await WorkshopScene.StartAsync(Host);

        await Assert.ThrowsAsync<DomainRuleException>(() => scene.SendAs(scene.Facilitator, new CancelWorkshop(scene.WorkshopId, "Intempéries")));
    }

    [Fact]
    public async Task TheListShowsCancelledWorkshopsWithTheirStatus()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        await scene.SendAs(scene.Facilitator, new CancelWorkshop(scene.WorkshopId, "Intempéries"));

        Host.User.SignOut();
        var list = await Host.SendAsync(new ListWorkshops(scene.Roadmap.Slug));

        Assert.Equal(WorkshopStatus.Cancelled, Assert.Single(list).Status);
    }

    [Fact]
    public async Task TheJoinCodeIsShownOnlyToTheFacilitators()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        var citizen = await scene.NewPersonAsync("Claude", null, RoleNames.Citizen);

        var seenByCitizen = await scene.SendAs(citizen, new GetWorkshop(scene.WorkshopId));
        var seenByFacilitator = await scene.SendAs(scene.Facilitator, new GetWorkshop(scene.WorkshopId));

        Assert.Null(seenByCitizen.JoinCode);
        Assert.Equal(scene.JoinCode, seenByFacilitator.JoinCode);
    }
}
