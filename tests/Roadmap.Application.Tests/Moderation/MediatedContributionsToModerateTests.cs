using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Inclusion;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Moderation;
using Roadmap.Application.Moderation.GetMediatedContributionsToModerate;
using Roadmap.Application.Moderation.ModerateMediatedContribution;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Mediation;

namespace Roadmap.Application.Tests.Moderation;

public sealed class MediatedContributionsToModerateTests : ApplicationTest
{
    private MediationScene _scene = default!;

    protected override async Task ArrangeAsync()
    {
        _scene = await MediationScene.CreateAsync(Host);
        await Host.SendAsync(_scene.Support());
        await Host.SendAsync(_scene.Comment());
        await Host.SendAsync(_scene.Idea());
    }

    private async Task SignInAsTeamOfAsync(Guid roadmapId)
    {
        var id = await Host.NewUserAsync("Camille Martin");
        await Host.SaveAsync(RoadmapTeamMember.Grant(roadmapId, id, TeamRole.Facilitator, id, RoadmapBuilder.Now));
        Host.User.SignIn(id, null, RoleNames.Citizen);
    }

    [Fact]
    public async Task TheTeamSeesTheCommentsAndIdeasNotTheSupports()
    {
        await SignInAsTeamOfAsync(_scene.Roadmap.Roadmap.Id);

        var listed = await Host.SendAsync(new GetMediatedContributionsToModerate());

        Assert.Equal([MediatedContributionKind.Comment, MediatedContributionKind.Idea], listed.Recent.Select(c => c.Kind).Order());
        Assert.Contains(listed.Recent, c => c.Text == "Il faudrait des permanences le samedi." && c.Resident == "Jeanne D.");
        Assert.Empty(listed.Hidden);
    }

    [Fact]
    public async Task AHiddenOneMovesToTheHiddenListWithItsReason()
    {
        var commentId = await Host.WithDbAsync(db => db.MediatedContributions.Where(c => c.Kind == MediatedContributionKind.Comment).Select(c => c.Id).SingleAsync());
        Host.User.SignIn(await Host.NewUserAsync(), null, RoleNames.Facilitator);
        await Host.SendAsync(new ModerateMediatedContribution(commentId, ModerationDecision.Hide, "Nom d'un voisin cité"));

        var listed = await Host.SendAsync(new GetMediatedContributionsToModerate());

        Assert.DoesNotContain(listed.Recent, c => c.Id == commentId);
        var hidden = Assert.Single(listed.Hidden);
        Assert.Equal((commentId, true, "Nom d'un voisin cité"), (hidden.Id, hidden.IsHidden, hidden.HiddenReason));
    }

    [Fact]
    public async Task AnotherRoadmapsTeamSeesNone()
    {
        var builder = new RoadmapBuilder();
        var other = builder.Build();
        await Host.SaveAsync(builder.Owner, other);
        await SignInAsTeamOfAsync(other.Id);

        var listed = await Host.SendAsync(new GetMediatedContributionsToModerate());

        Assert.Empty(listed.Recent);
    }

    [Fact]
    public async Task AParticipantMayNotSeeThem()
    {
        Host.User.SignIn(await Host.NewUserAsync(), null, RoleNames.Citizen);

        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(new GetMediatedContributionsToModerate()));
    }
}
