using Bunit;
using Roadmap.Application.Actions.SearchActions;
using Roadmap.Web.Components.Pages.Roadmaps;

namespace Roadmap.Web.Tests.Search;

public sealed class SearchFormTests : BunitContext
{
    private static readonly FilterOption Axis = new(Guid.NewGuid(), "Inclusion numérique");
    private static readonly SearchOptions Options = new(Guid.NewGuid(), "sarthe", "Usages numériques", [Axis], [new(Guid.NewGuid(), "Mamers")], [], SupportCountsHidden: false);

    private IRenderedComponent<SearchForm> RenderForm(SearchPageQuery query) =>
        Render<SearchForm>(p => p.Add(f => f.Options, Options).Add(f => f.Query, query));

    [Fact]
    public void IsAGetFormToTheSearchPage()
    {
        var form = RenderForm(new()).Find("form");

        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/feuilles-de-route/sarthe/actions", form.GetAttribute("action"));
        Assert.Equal("Filtrer", RenderForm(new()).Find("button[type=submit]").TextContent);
    }

    [Fact]
    public void KeepsTheChosenFilters()
    {
        var cut = RenderForm(new SearchPageQuery(Axis: Axis.Id.ToString(), Status: "Retained", Q: "école", Sort: "newest"));

        Assert.Equal("école", cut.Find("input[name=q]").GetAttribute("value"));
        Assert.Equal(Axis.Id.ToString(), cut.Find("select[name=axe] option[selected]").GetAttribute("value"));
        Assert.Equal("Retained", cut.Find("select[name=statut] option[selected]").GetAttribute("value"));
        Assert.Equal("newest", cut.Find("select[name=tri] option[selected]").GetAttribute("value"));
    }

    [Fact]
    public void WithholdsTheOrderBySupportsAndSaysWhyWhileTheCountsAreHidden()
    {
        foreach (var sort in new string?[] { null, "supports" })
        {
            var cut = Render<SearchForm>(p => p.Add(f => f.Options, Options with { SupportCountsHidden = true }).Add(f => f.Query, new SearchPageQuery(Sort: sort)));

            Assert.Empty(cut.FindAll("select[name=tri] option[value=supports]"));
            Assert.Equal("newest", cut.Find("select[name=tri] option[selected]").GetAttribute("value"));
            Assert.Equal("recherche-tri-aide", cut.Find("select[name=tri]").GetAttribute("aria-describedby"));
            Assert.Contains("Les soutiens sont masqués jusqu'à la fin de la phase", cut.Find("#recherche-tri-aide").TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AFreeTextSearchIsOrderedByRelevanceUnlessAskedOtherwise()
    {
        Assert.Equal("relevance", RenderForm(new SearchPageQuery(Q: "numériques")).Find("select[name=tri] option[selected]").GetAttribute("value"));
        Assert.Equal("comments", RenderForm(new SearchPageQuery(Q: "numériques", Sort: "comments")).Find("select[name=tri] option[selected]").GetAttribute("value"));
        Assert.Equal("Les plus pertinentes", RenderForm(new SearchPageQuery(Q: "numériques")).Find("select[name=tri] option[value=relevance]").TextContent);
    }

    [Fact]
    public void RelevanceIsNotOfferedWithoutText()
    {
        foreach (var sort in new string?[] { null, "relevance" })
        {
            var cut = RenderForm(new SearchPageQuery(Q: "  ", Sort: sort));

            Assert.Empty(cut.FindAll("select[name=tri] option[value=relevance]"));
            Assert.Equal("supports", cut.Find("select[name=tri] option[selected]").GetAttribute("value"));
        }
    }

    [Fact]
    public void OffersTheOrderBySupportsByDefaultWhenTheCountsShow()
    {
        var cut = RenderForm(new());

        Assert.Equal("supports", cut.Find("select[name=tri] option[selected]").GetAttribute("value"));
        Assert.Null(cut.Find("select[name=tri]").GetAttribute("aria-describedby"));
        Assert.Empty(cut.FindAll("#recherche-tri-aide"));
    }

    [Fact]
    public void CarriesTheRandomSeedSoTheOrderStays()
    {
        var cut = RenderForm(new SearchPageQuery(Sort: "random", Seed: 1234));

        Assert.Equal("1234", cut.Find("input[type=hidden][name=graine]").GetAttribute("value"));
    }

    [Fact]
    public void ShowsAFieldErrorNextToItsField()
    {
        var error = new Components.Shared.UseCaseError("Erreurs", new Dictionary<string, string[]> { ["Sort"] = ["Le tri « x » est inconnu."] });

        var cut = Render<SearchForm>(p => p.Add(f => f.Options, Options).Add(f => f.Query, new SearchPageQuery(Sort: "x")).Add(f => f.Error, error));

        Assert.Equal("recherche-tri-erreur", cut.Find("select[name=tri]").GetAttribute("aria-describedby"));
        Assert.Equal("Le tri « x » est inconnu.", cut.Find("#recherche-tri-erreur").TextContent);
    }
}
