using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions.EditAction;
using Roadmap.Application.Actions.GetActionDetails;
using Roadmap.Application.Actions.SearchActions;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Roadmaps.GetRoadmap;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Actions;

/// <summary>The « En bref » of an action: set with the rest of the action, by who may write it, kept as plain text.</summary>
public sealed class EasyReadTests : ApplicationTest
{
    private const string Falc = "Des personnes viennent dans votre mairie.\nElles vous aident avec internet.";
    private readonly RoadmapBuilder _builder = new();
    private TerritorialRoadmap _roadmap = default!;
    private Guid _proposerId;

    protected override async Task ArrangeAsync()
    {
        _roadmap = _builder.Build();
        await Host.SaveAsync(_builder.Owner, _roadmap);
        _proposerId = await Host.NewUserAsync("Proposant·e");
        Host.User.SignIn(_proposerId, null, RoleNames.Actor);
    }

    [Fact]
    public async Task AProposalKeepsItsEasyReadWithOneSentencePerLine()
    {
        var id = await ProposeAsync("  Des personnes viennent dans votre mairie.  \r\n\r\n\tElles vous aident avec internet.\r\n");

        Assert.Equal(Falc, (await FindAsync(id)).EasyRead);
    }

    [Fact]
    public async Task TheEasyReadIsOptional()
    {
        var id = await ProposeAsync("   \r\n ");

        Assert.Equal("", (await FindAsync(id)).EasyRead);
    }

    [Fact]
    public async Task RefusesAnEasyReadLongerThanTheLimit()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => ProposeAsync(new string('é', RoadmapAction.EasyReadMaxLength + 1)));

        Assert.Equal(["EasyRead"], error.Errors.Keys);
        Assert.Equal("Le texte « En bref » ne doit pas dépasser 400 caractères.", Assert.Single(error.Errors["EasyRead"]));
    }

    [Fact]
    public async Task ABrowsersCrLfCountsAsOneCharacterAgainstTheLimit()
    {
        var half = RoadmapAction.EasyReadMaxLength / 2;
        var posted = new string('a', half) + "\r\n" + new string('b', half - 1);

        var id = await ProposeAsync(posted);

        Assert.Equal(RoadmapAction.EasyReadMaxLength, (await FindAsync(id)).EasyRead.Length);
    }

    [Fact]
    public async Task MarkupIsKeptAsPlainTextForPagesToEncode()
    {
        const string text = "<script>alert('x')</script> **gras** # titre";

        var id = await ProposeAsync(text);

        Assert.Equal(text, (await FindAsync(id)).EasyRead);
    }

    [Fact]
    public async Task TheProposerSetsItWhenEditing()
    {
        var id = await ProposeAsync("");
        var editable = await Host.SendAsync(new GetActionForEdit(_roadmap.Slug, id));

        await Host.SendAsync(editable.Current with { EasyRead = Falc });

        Assert.Equal(Falc, (await FindAsync(id)).EasyRead);
    }

    [Fact]
    public async Task TheEditFormStartsFromTheCurrentEasyRead()
    {
        var id = await ProposeAsync(Falc);

        var editable = await Host.SendAsync(new GetActionForEdit(_roadmap.Slug, id));

        Assert.Equal(Falc, editable.Current.EasyRead);
    }

    [Theory]
    [InlineData(RoleNames.Actor)]
    [InlineData(RoleNames.Administrator)]
    public async Task SomeoneElseMayNotChangeIt(string role)
    {
        var id = await ProposeAsync(Falc);
        var edit = (await Host.SendAsync(new GetActionForEdit(_roadmap.Slug, id))).Current with { EasyRead = "Autre texte." };
        Host.User.SignIn(await Host.NewUserAsync(), null, role);

        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(edit));

        Assert.Equal(Falc, (await FindAsync(id)).EasyRead);
    }

    [Fact]
    public async Task AnonymousVisitorsMayNotChangeIt()
    {
        var id = await ProposeAsync(Falc);
        var edit = (await Host.SendAsync(new GetActionForEdit(_roadmap.Slug, id))).Current with { EasyRead = "Autre texte." };
        Host.User.SignOut();

        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(edit));
    }

    [Fact]
    public async Task TheActionPageTheRoadmapCardsAndTheSearchResultsCarryIt()
    {
        var id = await ProposeAsync(Falc);
        Host.User.SignOut();

        var details = await Host.SendAsync(new GetActionDetails(_roadmap.Slug, id));
        var overview = await Host.SendAsync(new GetRoadmap(_roadmap.Slug));
        var results = await Host.SendAsync(new SearchActions(_roadmap.Slug));

        Assert.Equal(Falc, details.EasyRead);
        Assert.Equal(Falc, overview.Axes.SelectMany(a => a.Actions).Single(a => a.Id == id).EasyRead);
        Assert.Equal(Falc, results.Items.Single(a => a.Id == id).EasyRead);
    }

    [Theory]
    [InlineData(ActionSearchSort.Random)]
    [InlineData(ActionSearchSort.Supports)]
    public async Task SearchFindsAWordThatOnlyTheEasyReadHas(string sort)
    {
        var id = await ProposeAsync(Falc);

        var results = await Host.SendAsync(new SearchActions(_roadmap.Slug) { Q = "MAIRIE", Sort = sort });

        Assert.Equal(id, Assert.Single(results.Items).Id);
    }

    private async Task<Guid> ProposeAsync(string easyRead) =>
        (await Host.SendAsync(ActionRequests.Proposal(_roadmap) with { EasyRead = easyRead })).Id;

    private Task<RoadmapAction> FindAsync(Guid id) => Host.WithDbAsync(db => db.Actions.SingleAsync(a => a.Id == id));
}
