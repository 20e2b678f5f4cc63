using Bunit;
using Roadmap.Web.Components.Pages.Workshops.Screen;

namespace Roadmap.Web.Tests.Workshops.Screen;

public sealed class ScreenJoinPanelTests : BunitContext
{
    private const string Url = "https://roadmap.example.fr/rejoindre/ABC234";

    [Fact]
    public void ShowsTheCodeInBigLetters()
    {
        Assert.Equal("ABC234", Panel().Find(".screen-code [aria-hidden=true]").TextContent);
    }

    [Fact]
    public void SpellsTheCodeForScreenReaders()
    {
        Assert.Equal("Code de l'atelier : A B C 2 3 4", Panel().Find(".screen-code .visually-hidden").TextContent);
    }

    [Fact]
    public void ShowsTheJoinAddress()
    {
        Assert.Equal(Url, Panel().Find(".screen-url").TextContent);
    }

    [Fact]
    public void ShowsTheQrCodeWithItsAlternativeText()
    {
        var image = Panel().Find("img.screen-qr");

        Assert.Equal("/ateliers/1/ecran/qr.svg", image.GetAttribute("src"));
        Assert.Equal("QR code pour rejoindre l'atelier", image.GetAttribute("alt"));
    }

    private IRenderedComponent<ScreenJoinPanel> Panel() => Render<ScreenJoinPanel>(p => p
        .Add(c => c.JoinCode, "ABC234")
        .Add(c => c.JoinUrl, Url)
        .Add(c => c.JoinPageUrl, "https://roadmap.example.fr/rejoindre")
        .Add(c => c.QrUrl, "/ateliers/1/ecran/qr.svg"));
}
