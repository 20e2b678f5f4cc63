using Roadmap.Web.Components.Pages.Legal;

namespace Roadmap.Web.Tests.Legal;

public sealed class FrenchDurationTests
{
    [Theory]
    [InlineData(7 * 24 * 60, "7 jours")]
    [InlineData(24 * 60, "1 jour")]
    [InlineData(12 * 60, "12 heures")]
    [InlineData(60, "1 heure")]
    [InlineData(90, "90 minutes")]
    [InlineData(1, "1 minute")]
    public void WritesTheLargestWholeUnit(int minutes, string expected) =>
        Assert.Equal(expected, FrenchDuration.Of(TimeSpan.FromMinutes(minutes)).Replace('\u00a0', ' '));
}
