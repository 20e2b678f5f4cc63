using Roadmap.Application.Actions.SearchActions;

namespace Roadmap.Application.Tests.Search;

public sealed class TextMatchTests
{
    [Theory]
    [InlineData("Écoles", "ecoles")]
    [InlineData("Œuvre d’Ætna", "oeuvre d'aetna")]
    [InlineData("FRANÇAIS", "francais")]
    [InlineData("e\u0301cole", "ecole")]
    [InlineData("Tiers-lieu 🚀", "tiers-lieu 🚀")]
    public void FoldsCaseAccentsLigaturesAndApostrophes(string text, string folded)
    {
        Assert.Equal(folded, TextMatch.Fold(text));
    }

    [Theory]
    [InlineData("ecole", "%___l_%")]
    [InlineData("coeur", "%_%_r%")]
    [InlineData("100%_[x]", "%100___x_%")]
    public void KeepsOnlyAccentFreeConsonantsAndDigitsInTheLikePattern(string word, string pattern)
    {
        Assert.Equal(pattern, TextMatch.LikePattern(word));
    }

    [Fact]
    public void SplitsTheQueryIntoDistinctFoldedWords()
    {
        Assert.Equal(["ecole", "rurale"], TextMatch.Words("  École, rurale ÉCOLE "));
    }

    [Fact]
    public void TheRandomKeyDependsOnlyOnTheIdAndTheSeed()
    {
        var id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

        // A fixed value: the order must not change between runs, servers or restarts.
        Assert.Equal(5_559_254_693_024_150_484UL, StableShuffle.Key(id, 42));
        Assert.NotEqual(StableShuffle.Key(id, 42), StableShuffle.Key(id, 43));
    }
}
