using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Inclusion;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.PersonalData.DeleteMyAccount;
using Roadmap.Application.Tests.Administration;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Mediation;

public sealed class MediatorAccountDeletionTests() : ApplicationTest(frozenClock: true)
{
    [Fact]
    public async Task AMediatorsDeletedAccountLeavesWhatTheyRecordedAndTheGrantsTheyGave()
    {
        var scene = await MediationScene.CreateAsync(Host);
        var mediator = await Host.NewAccountAsync("Martin Médiateur", null, RoleNames.Administrator);
        await Host.SaveAsync(MediatorGrant.Grant(mediator.Id, scene.FranceServices.Id, null, RoadmapBuilder.Now));
        await Host.SaveAsync(MediatorGrant.Grant(scene.MediatorId, scene.TiersLieu.Id, mediator.Id, RoadmapBuilder.Now));
        Host.SignInAs(mediator, RoleNames.Administrator);
        await Host.SendAsync(scene.Support());
        await Host.SendAsync(scene.Comment());

        await Host.SendAsync(new DeleteMyAccount(Accounts.Password));

        Assert.False(await Host.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == mediator.Id)));
        var kept = await Host.WithDbAsync(db => db.MediatedContributions.AsNoTracking().ToListAsync());
        Assert.Equal(2, kept.Count);
        Assert.All(kept, c => Assert.Null(c.MediatorId));
        Assert.Equal((0, 1, 1), await scene.CountsAsync(Host));
        var given = await Host.WithDbAsync(db => db.MediatorGrants.AsNoTracking().SingleAsync(g => g.OrganisationId == scene.TiersLieu.Id));
        Assert.Null(given.GrantedById);
        Assert.False(await Host.WithDbAsync(db => db.MediatorGrants.AnyAsync(g => g.UserId == mediator.Id)));
    }
}
