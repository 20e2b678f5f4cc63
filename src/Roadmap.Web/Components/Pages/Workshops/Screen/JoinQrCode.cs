using QRCoder;

namespace Roadmap.Web.Components.Pages.Workshops.Screen;

/// <summary>The QR code of a join address, as an SVG that scales to any projector.</summary>
public static class JoinQrCode
{
    public const string ContentType = "image/svg+xml";

    public static string Svg(string joinUrl)
    {
        using var generator = new QRCodeGenerator();
        // Level M survives a projector's glare and a phone held at an angle without making the code too dense.
        using var data = generator.CreateQrCode(joinUrl, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(10, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
