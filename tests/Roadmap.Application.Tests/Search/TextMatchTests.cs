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
    public void TheRandomOrderDependsOnlyOnTheSeed()
    {
        // Fixed values: the order must not change between runs, servers or restarts.
        Assert.Equal(new ShuffleOrder(659_044_154, 349_464_442), ShuffleOrder.For(42));
        Assert.NotEqual(ShuffleOrder.For(42), ShuffleOrder.For(43));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void TheRandomOrderPermutesTheKeysWithoutOverflow(int seed)
    {
        var (multiplier, offset) = ShuffleOrder.For(seed);

        Assert.InRange(multiplier, 1, ShuffleOrder.Modulus - 1);
        Assert.InRange(offset, 0, ShuffleOrder.Modulus - 1);
        Assert.InRange((ShuffleOrder.Modulus - 1) * multiplier + offset, 0, long.MaxValue);
    }
}
