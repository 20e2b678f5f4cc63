using Bunit;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Tests.Participation;

public sealed class SupportCountTests : BunitContext
{
    [Theory]
    [InlineData(0, false, "0 soutien")]
    [InlineData(1, false, "1 soutien")]
    [InlineData(3, false, "3 soutiens")]
    [InlineData(3, true, "<strong>3</strong> soutiens")]
    public void WritesTheCountOutWithItsWord(int count, bool strong, string expected)
    {
        var cut = Render<SupportCount>(p => p.Add(c => c.Count, count).Add(c => c.Strong, strong));

        Assert.Equal(expected, cut.Markup.Trim());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ShowsTheNoticeInsteadOfAHiddenCount(bool strong)
    {
        var cut = Render<SupportCount>(p => p.Add(c => c.Count, null).Add(c => c.Strong, strong));

        Assert.Equal(SupportCount.HiddenNotice, cut.Markup.Trim());
    }
}
