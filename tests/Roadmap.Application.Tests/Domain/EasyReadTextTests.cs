using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.Tests.Domain;

public sealed class EasyReadTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData(" \r\n\t ", "")]
    [InlineData("Une phrase.", "Une phrase.")]
    [InlineData("Une.\r\nDeux.\rTrois.\nQuatre.", "Une.\nDeux.\nTrois.\nQuatre.")]
    [InlineData("  Une.  \n\n\n  Deux.  ", "Une.\nDeux.")]
    [InlineData("Un\tmot\u0007 de plus.", "Un mot  de plus.")]
    [InlineData("Ligne\u2028suivante.", "Ligne\nsuivante.")]
    public void KeepsOneTrimmedSentencePerLine(string? posted, string expected)
    {
        Assert.Equal(expected, EasyReadText.Normalise(posted));
    }

    [Fact]
    public void ACardShowsItOnOneLine()
    {
        Assert.Equal("Une. Deux.", EasyReadText.OnOneLine("Une.\nDeux."));
    }
}
