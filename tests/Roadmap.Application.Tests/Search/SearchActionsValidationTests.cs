using Roadmap.Application.Common;
using Roadmap.Application.Common.Exceptions;

namespace Roadmap.Application.Tests.Search;

public sealed class SearchActionsValidationTests : SearchTestBase
{
    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(Paging.MaxPage + 1)]
    [InlineData(int.MaxValue)]
    public async Task RejectsAPageOutOfRange(int page)
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(Search with { Page = page }));

        Assert.Equal([Paging.OutOfRange], error.Errors["Page"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(1000)]
    public async Task RejectsAPageSizeOutsideOneToAHundred(int pageSize)
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(Search with { PageSize = pageSize }));

        Assert.Equal(["Le nombre d'actions par page doit être compris entre 1 et 100."], error.Errors["PageSize"]);
    }

    [Fact]
    public async Task AcceptsAHundredPerPage()
    {
        var results = await Host.SendAsync(Search with { PageSize = 100 });

        Assert.Equal(100, results.PageSize);
    }

    [Fact]
    public async Task RejectsAnUnknownSort()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(Search with { Sort = "popularite" }));

        Assert.Equal(["Le tri « popularite » est inconnu : choisissez parmi supports, comments, newest, random, relevance."], error.Errors["Sort"]);
    }

    [Theory]
    [InlineData("Adoptee")]
    [InlineData("2")]
    public async Task RejectsAnUnknownStatus(string status)
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(Search with { Status = status }));

        Assert.Equal([$"Le statut « {status} » est inconnu."], error.Errors["Status"]);
    }

    [Fact]
    public async Task RejectsFreeTextLongerThanAHundredCharacters()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(Search with { Q = new string('a', 101) }));

        Assert.Equal(["La recherche ne peut pas dépasser 100 caractères."], error.Errors["Q"]);
    }
}
