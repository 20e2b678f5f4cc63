using Roadmap.Application.Administration.GetSetupChecklist;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Administration;

/// <summary>The first-run checklist: each step is ticked when its part of the set-up exists.</summary>
public sealed class GetSetupChecklistTests : ApplicationTest
{
    [Fact]
    public async Task ANewInstanceHasNothingTickedAndLinksToTheFirstPages()
    {
        await SignInAsync(RoleNames.Administrator);

        var list = await Host.SendAsync(new GetSetupChecklist());

        Assert.False(list.IsComplete);
        Assert.All(list.Steps, s => Assert.False(s.Done));
        Assert.Equal(["/admin/territoires", "/admin/feuilles-de-route/nouvelle"], list.Steps.Take(2).Select(s => s.Link));
    }

    [Fact]
    public async Task EachStepIsTickedWhenDone()
    {
        await SignInAsync(RoleNames.Administrator);
        var builder = new RoadmapBuilder().WithSlug("sarthe");
        var roadmap = builder.Build();
        await Host.SaveAsync(builder.Owner, roadmap);

        var partly = await Host.SendAsync(new GetSetupChecklist());
        await Host.SaveAsync(Organisation.Create("Champagné", OrganisationKind.Commune, "72054"));
        await Host.WithDbAsync(async db =>
        {
            var saved = await db.Roadmaps.FindAsync(roadmap.Id);
            saved!.Schedule(RoadmapPhase.Concertation, new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30));
            return await db.SaveChangesAsync();
        });
        await Host.SaveAsync(RoadmapTeamMember.Grant(roadmap.Id, await Host.NewUserAsync("Équipière"), TeamRole.Facilitator, roadmap.Id, RoadmapBuilder.Now));

        var done = await Host.SendAsync(new GetSetupChecklist());

        Assert.Equal([false, true, false, true, false], partly.Steps.Select(s => s.Done));
        Assert.Equal(
            ["/admin/territoires", "/admin/feuilles-de-route/nouvelle", "/feuilles-de-route/sarthe/gestion", "/feuilles-de-route/sarthe/axes", "/feuilles-de-route/sarthe/equipe"],
            partly.Steps.Select(s => s.Link));
        Assert.True(done.IsComplete);
    }

    [Theory]
    [InlineData(RoleNames.Citizen)]
    [InlineData(RoleNames.Facilitator)]
    public async Task OnlyAdministratorsSeeIt(string role)
    {
        await SignInAsync(role);

        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(new GetSetupChecklist()));
    }

    private async Task SignInAsync(string role) => Host.User.SignIn(await Host.NewUserAsync(role), null, role);
}
