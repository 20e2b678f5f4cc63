using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Participation;

namespace Roadmap.Application.Tests.Mediation;

/// <summary>The roadmap's rules apply to mediated contributions as to online ones, and the commune is found from what was typed.</summary>
public sealed class MediationRulesTests : ApplicationTest
{
    [Fact]
    public async Task RefusesSupportsOnceTheRoadmapNoLongerTakesThem()
    {
        var scene = await MediationScene.CreateAsync(Host, phase: RoadmapPhase.Arbitrage);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(scene.Support()));

        Assert.StartsWith("Les soutiens sont fermés", refused.Message);
    }

    [Fact]
    public async Task RefusesIdeasOutsideTheConcertationButTakesSupportsInWorkshops()
    {
        var scene = await MediationScene.CreateAsync(Host, phase: RoadmapPhase.Ateliers);

        await Host.SendAsync(scene.Support());
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(scene.Idea()));

        Assert.StartsWith("Les idées ne sont plus recueillies", refused.Message);
    }

    [Fact]
    public async Task RefusesCommentsOnceTheRoadmapIsAdopted()
    {
        var scene = await MediationScene.CreateAsync(Host, phase: RoadmapPhase.Adoptee);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(scene.Comment()));

        Assert.StartsWith("Les commentaires sont fermés", refused.Message);
    }

    [Theory]
    [InlineData(SupportEligibility.OfficialsAndActors)]
    [InlineData(SupportEligibility.VerifiedStanding)]
    public async Task ResidentsCountAsCitizensWhereSupportsAreRestricted(SupportEligibility eligibility)
    {
        var scene = await MediationScene.CreateAsync(Host, new VotingRules(eligibility, null));

        await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(scene.Support()));
    }

    [Fact]
    public async Task AnActionOfAnotherRoadmapIsRefused()
    {
        var scene = await MediationScene.CreateAsync(Host);
        var other = await ParticipationScene.CreateAsync(Host);
        Host.User.SignIn(scene.MediatorId, null, RoleNames.Citizen);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(scene.Support() with { ActionId = other.Action.Id }));

        Assert.Contains("ActionId", refused.Errors.Keys);
    }

    [Theory]
    [InlineData("la fleche")]
    [InlineData("72200")]
    [InlineData("72154")]
    [InlineData("La Flèche (72200)")]
    public async Task FindsTheCommuneByNamePostcodeOrInseeCode(string typed)
    {
        var scene = await MediationScene.CreateAsync(Host);

        await Host.SendAsync(scene.Support(commune: typed));

        Assert.Equal((0, 1, 1), await scene.CountsAsync(Host));
    }

    [Fact]
    public async Task ListsTheCandidatesWhenSeveralCommunesMatch()
    {
        var scene = await MediationScene.CreateAsync(Host);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(scene.Support(commune: "e")));

        Assert.StartsWith("Plusieurs communes correspondent à « e » : La Flèche (72200), Sablé-sur-Sarthe (72300).", refused.Errors["Commune"][0]);
    }

    [Theory]
    [InlineData("Paris")]
    [InlineData("France Services de La Flèche")]
    public async Task OnlyAnImportedCommuneIsAccepted(string typed)
    {
        var scene = await MediationScene.CreateAsync(Host);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(scene.Support(commune: typed)));

        Assert.Equal([$"Aucune commune ne correspond à « {typed} » : écrivez son nom ou son code postal."], refused.Errors["Commune"]);
    }
}
