using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.FollowUp.Communes;
using Roadmap.Application.FollowUp.FindCommuneActions;
using Roadmap.Application.FollowUp.GetCommuneActions;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.FollowUp;

public sealed class FindCommuneActionsTests : ApplicationTest
{
    private CommuneScene _scene = default!;

    protected override async Task ArrangeAsync() => _scene = await CommuneScene.CreateAsync(Host);

    private Task<CommuneSearch> FindAsync(string term) => Host.SendAsync(new FindCommuneActions(_scene.Roadmap.Slug, term));

    [Theory]
    [InlineData("La Flèche")]
    [InlineData("la fleche")]
    [InlineData("  LA FLÈCHE  ")]
    [InlineData("flèche")]
    public async Task FindsACommuneByNameIgnoringCaseAndAccents(string term)
    {
        var search = await FindAsync(term);

        Assert.Equal(_scene.LaFleche.Id, Assert.Single(search.Matches).Id);
        Assert.NotNull(search.Actions);
    }

    [Theory]
    [InlineData("72200", "La Flèche")]
    [InlineData("72100", "Le Mans")]
    [InlineData("72000", "Le Mans")]
    public async Task FindsACommuneByAnyOfItsPostcodes(string postcode, string name)
    {
        var search = await FindAsync(postcode);

        Assert.Equal(name, Assert.Single(search.Matches).Name);
    }

    [Fact]
    public async Task SeveralMatchesGiveAListToChooseFrom()
    {
        var search = await FindAsync("saint jean");

        Assert.Equal(["Saint-Jean-d'Assé", "Saint-Jean-de-la-Motte"], search.Matches.Select(m => m.Name));
        Assert.Null(search.Actions);
        Assert.False(search.MoreMatches);
    }

    [Fact]
    public async Task ListsActionsDirectlyThenThroughEpciThenThroughDepartementOnceEach()
    {
        var actions = (await FindAsync("la flèche")).Actions!;

        Assert.Equal(["Tiers-lieu de La Flèche", "Conseillers du Pays Fléchois"], actions.Directly.Select(a => a.Title));
        Assert.Equal(["France services itinérant"], actions.ThroughEpci.Select(a => a.Title));
        Assert.Equal(["Fibre départementale"], actions.ThroughDepartement.Select(a => a.Title));
        Assert.Equal((ActionStatus.InProgress, 30), (actions.Directly[0].Status, actions.Directly[0].ProgressPercent));
        Assert.Equal(("Communauté de communes du Pays Fléchois", "Département de la Sarthe"), (actions.Commune.EpciName, actions.Commune.DepartementName));
    }

    [Fact]
    public async Task ACommuneRightUnderItsDepartementHasNoEpciGroup()
    {
        var actions = (await FindAsync("72000")).Actions!;

        Assert.Null(actions.Commune.EpciName);
        Assert.Equal(["Médiathèque du Mans"], actions.Directly.Select(a => a.Title));
        Assert.Empty(actions.ThroughEpci);
        Assert.Equal(["Fibre départementale"], actions.ThroughDepartement.Select(a => a.Title));
    }

    [Fact]
    public async Task TheDepartementComesFromTheInseeCodeUnderAnEpciOfAnotherDepartement()
    {
        var actions = (await FindAsync("Alençon")).Actions!;

        Assert.Equal(("Communauté de communes du Pays Fléchois", "Département de l'Orne"), (actions.Commune.EpciName, actions.Commune.DepartementName));
        Assert.Empty(actions.ThroughDepartement);
    }

    [Theory]
    [InlineData("Paris")]
    [InlineData("75001")]
    [InlineData("'; DROP TABLE Organisations; --")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("🏡 Flèche")]
    [InlineData("La\r\nFlèche\u0000")]
    public async Task OddOrUnknownTermsFindNothing(string term)
    {
        var search = await FindAsync(term);

        Assert.Empty(search.Matches);
        Assert.Null(search.Actions);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task EmptyTermIsRefusedInFrench(string term)
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => FindAsync(term));

        Assert.Equal(["Saisissez le nom d'une commune ou son code postal."], refused.Errors["Term"]);
    }

    [Fact]
    public async Task HugeTermIsRefusedInFrench()
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => FindAsync(new string('a', 101)));

        Assert.Equal(["La recherche ne doit pas dépasser 100 caractères."], refused.Errors["Term"]);
    }

    [Fact]
    public async Task AChosenCommuneGivesItsActions()
    {
        var actions = await Host.SendAsync(new GetCommuneActions(_scene.Roadmap.Slug, _scene.LaFleche.Id));

        Assert.Equal(4, actions.Count);
        Assert.Equal(_scene.Roadmap.Title, actions.RoadmapTitle);
    }

    [Fact]
    public async Task AnEpciOrAnUnknownIdIsNoCommune()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new GetCommuneActions(_scene.Roadmap.Slug, _scene.Epci.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new GetCommuneActions(_scene.Roadmap.Slug, Guid.NewGuid())));
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new GetCommuneActions("inconnue", _scene.LaFleche.Id)));
    }
}
