using Roadmap.Application.Domain.Standing;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Participation.GetSupportTally;
using Roadmap.Application.Participation.SupportAction;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Participation;
using static Roadmap.Application.Tests.Participation.ParticipationScene;

namespace Roadmap.Application.Tests.Standing;

/// <summary>
/// Tallies by role and organisation count verified standings only: a role an Administrator granted, or a
/// standing approved for this roadmap; a standing approved for another roadmap counts as a citizen here.
/// </summary>
public sealed class VerifiedTallyTests : ApplicationTest
{
    [Fact]
    public async Task AStandingApprovedForAnotherRoadmapOnlyCountsWithTheCitizensAndWithoutOrganisation()
    {
        var scene = await CreateAsync(Host);
        var elsewhere = new RoadmapBuilder().WithSlug("ailleurs");
        var other = elsewhere.Build();
        await Host.SaveAsync(elsewhere.Owner, other);
        var commune = await CommuneAsync(Host);

        await SupportAsync(scene, commune.Id, approvedFor: null);
        await SupportAsync(scene, commune.Id, approvedFor: scene.Roadmap.Id);
        await SupportAsync(scene, commune.Id, approvedFor: other.Id);

        Host.User.SignOut();
        var tally = await Host.SendAsync(new GetSupportTally(scene.Action.Id));

        Assert.Equal(3, tally.Total);
        Assert.Equal((2, 1), (tally.ByRole!.Single(r => r.Group == SupporterGroup.ElectedOfficials).Count, tally.ByRole!.Single(r => r.Group == SupporterGroup.Citizens).Count));
        Assert.Equal([("La Flèche", 2), ("Sans organisation", 1)], tally.ByOrganisation!.Select(o => (o.Name, o.Count)));
    }

    private async Task SupportAsync(ParticipationScene scene, Guid organisationId, Guid? approvedFor)
    {
        var id = await SignInAsync(Host, RoleNames.ElectedOfficial, organisationId, "Élue");
        if (approvedFor is { } roadmapId)
        {
            var claim = StandingClaim.Submit(id, roadmapId, organisationId, ParticipantRole.ElectedOfficial, "", RoadmapBuilder.Now);
            claim.Approve(Guid.NewGuid(), null, RoadmapBuilder.Now);
            await Host.SaveAsync(claim);
        }

        await Host.SendAsync(new SupportAction(scene.Action.Id));
    }
}
