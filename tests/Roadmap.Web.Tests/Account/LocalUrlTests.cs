using Roadmap.Web.Components.Account;

namespace Roadmap.Web.Tests.Account;

public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/feuilles-de-route/sarthe?onglet=actions", "/feuilles-de-route/sarthe?onglet=actions")]
    [InlineData("compte", "/compte")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("https://ailleurs.example/", "/")]
    [InlineData("//ailleurs.example", "/")]
    [InlineData("/\\ailleurs.example", "/")]
    [InlineData("/\t/ailleurs.example", "/")]
    [InlineData("javascript:alert(1)", "/")]
    public void KeepsOnlyPathsOfThisSite(string? returnUrl, string expected) =>
        Assert.Equal(expected, LocalUrl.OrHome(returnUrl));
}
