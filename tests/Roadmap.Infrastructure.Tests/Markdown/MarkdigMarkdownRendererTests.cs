using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Infrastructure.Markdown;

namespace Roadmap.Infrastructure.Tests.Markdown;

public sealed class MarkdigMarkdownRendererTests
{
    private static readonly HashSet<string> AllowedElements =
    [
        "p", "br", "hr", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li",
        "h3", "h4", "h5", "h6", "a", "table", "thead", "tbody", "tr", "th", "td",
    ];

    private static readonly string[] ScriptableSchemes = ["javascript:", "vbscript:", "livescript:", "data:"];

    private readonly MarkdigMarkdownRenderer _renderer = new();

    public static TheoryData<string> HostileInputs =>
    [
        // javascript: in links, in every spelling
        "[clic](javascript:alert(1))",
        "[clic](JaVaScRiPt:alert(1))",
        "[clic](<  javascript:alert(1)>)",
        "[clic](<java\tscript:alert(1)>)",
        "[clic](<java\nscript:alert(1)>)",
        "[clic](\u0001javascript:alert(1))",
        "[clic](&#106;avascript:alert(1))",
        "[clic](&#x6A;avascript&#58;alert(1))",
        "[clic](java&#x09;script:alert(1))",
        "[clic](jav&#x0A;ascript:alert(1))",
        "[clic](javascript&colon;alert(1))",
        "[clic](&amp;#106;avascript:alert(1))",
        "[clic](%6Aavascript:alert(1))",
        "[clic](javascript%3Aalert(1))",
        "[clic](//javascript:alert(1))",
        "[clic](\\javascript:alert(1))",
        "[clic](javascript:alert(1) \"titre\")",
        "[clic](https://exemple.fr \"\\\" onmouseover=\\\"alert(1)\")",
        "[clic](vbscript:msgbox(1))",
        // images, autolinks, reference definitions, nesting
        "![image](javascript:alert(1))",
        "![image](JAVASCRIPT:alert(1))",
        "<javascript:alert(1)>",
        "<JaVaScRiPt:alert(1)>",
        "[clic][x]\n\n[x]: javascript:alert(1)",
        "[x]\n\n[x]: <javascript:alert(1)> \"titre\"",
        "![image][i]\n\n[i]: data:image/png;base64,iVBORw0KGgo=",
        "[![image](javascript:alert(1))](javascript:alert(2))",
        "> - [clic](javascript:alert(1))",
        "| a |\n|---|\n| [clic](javascript:alert(1)) |",
        // data: URIs
        "![image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[clic](DATA:text/html,<script>alert(1)</script>)",
        "<data:text/html;base64,PHNjcmlwdD4=>",
        // raw HTML, event handlers, styles
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<style>body { background: url(javascript:alert(1)) }</style>",
        "<svg onload=alert(1)>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">clic</a>",
        "<p style=\"background:url(javascript:alert(1))\">texte</p>",
        "<div onclick=\"alert(1)\">\n\n**gras** et [clic](javascript:alert(1))\n\n</div>",
        "texte <b onmouseover=alert(1)>gras</b> [ok](https://exemple.fr)<img src=x onerror=alert(1)>",
        "# Titre {onclick=\"alert(1)\" style=\"color:red\"}",
        "`<script>alert(1)</script>`",
    ];

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void HostileInputNeverProducesScriptElement(string markdown) =>
        Assert.DoesNotContain("<script", _renderer.ToSafeHtml(markdown), StringComparison.OrdinalIgnoreCase);

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void HostileInputNeverProducesIframe(string markdown) =>
        Assert.DoesNotContain("<iframe", _renderer.ToSafeHtml(markdown), StringComparison.OrdinalIgnoreCase);

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void HostileInputProducesOnlyAllowListedElements(string markdown) =>
        Assert.All(Elements(_renderer.ToSafeHtml(markdown)), e => Assert.Contains(e.LocalName, AllowedElements));

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void HostileInputNeverProducesEventHandlerOrStyleAttribute(string markdown) =>
        Assert.DoesNotContain(
            Elements(_renderer.ToSafeHtml(markdown)).SelectMany(e => e.Attributes),
            a => a.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.LocalName == "style");

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void HostileInputNeverProducesScriptableUrl(string markdown) =>
        Assert.DoesNotContain(
            UrlAttributeValues(_renderer.ToSafeHtml(markdown)),
            url => ScriptableSchemes.Any(scheme => url.Contains(scheme, StringComparison.Ordinal)));

    [Fact]
    public void RendersLinkWithUnsafeUrlAsItsText() =>
        Assert.Equal("<p>clic</p>", _renderer.ToSafeHtml("[clic](javascript:alert(1))").Trim());

    [Fact]
    public void RendersImageWithUnsafeSourceAsItsAltText() =>
        Assert.Equal("<p>photo</p>", _renderer.ToSafeHtml("![photo](data:image/png;base64,AAAA)").Trim());

    [Fact]
    public void ShowsRawHtmlAsText() =>
        Assert.Contains("&lt;b&gt;", _renderer.ToSafeHtml("<b>gras</b>"), StringComparison.Ordinal);

    [Theory]
    [InlineData("**gras**", "<strong>gras</strong>")]
    [InlineData("*italique*", "<em>italique</em>")]
    [InlineData("~~barré~~", "<del>barré</del>")]
    [InlineData("- un\n- deux", "<ul>\n<li>un</li>\n<li>deux</li>\n</ul>")]
    [InlineData("1. un\n2. deux", "<ol>\n<li>un</li>\n<li>deux</li>\n</ol>")]
    [InlineData("| Axe | Actions |\n|---|---:|\n| Mobilité | 12 |", "<td>Mobilité</td>")]
    [InlineData("> citation", "<blockquote>\n<p>citation</p>\n</blockquote>")]
    [InlineData("`code`", "<code>code</code>")]
    public void RendersCommonMarkdown(string markdown, string expected) =>
        Assert.Contains(expected, _renderer.ToSafeHtml(markdown), StringComparison.Ordinal);

    [Theory]
    [InlineData("[site](https://exemple.fr/page?a=1)", "href=\"https://exemple.fr/page?a=1\"")]
    [InlineData("https://exemple.fr/page", "href=\"https://exemple.fr/page\"")]
    [InlineData("[écrire](mailto:contact@exemple.fr)", "href=\"mailto:contact@exemple.fr\"")]
    [InlineData("<contact@exemple.fr>", "href=\"mailto:contact@exemple.fr\"")]
    [InlineData("[action](/actions/12)", "href=\"/actions/12\"")]
    [InlineData("[vote](#vote)", "href=\"#vote\"")]
    public void KeepsSafeUrl(string markdown, string expectedAttribute) =>
        Assert.Contains(expectedAttribute, _renderer.ToSafeHtml(markdown), StringComparison.Ordinal);

    [Theory]
    [InlineData("[site](https://exemple.fr)")]
    [InlineData("[action](/actions/12)")]
    public void MarksLinksNofollowNoopenerNoreferrer(string markdown) =>
        Assert.Contains("rel=\"nofollow noopener noreferrer\"", _renderer.ToSafeHtml(markdown), StringComparison.Ordinal);

    [Theory]
    [InlineData("![plan du réseau](https://traceur.example/pixel.png)", "<a href=\"https://traceur.example/pixel.png\" rel=\"nofollow noopener noreferrer\">Image : plan du réseau</a>")]
    [InlineData("![](https://traceur.example/pixel.png)", ">Image : https://traceur.example/pixel.png</a>")]
    [InlineData("![photo](http://traceur.example/p.gif \"titre\")", "href=\"http://traceur.example/p.gif\"")]
    public void ShowsThirdPartyImageAsALinkInsteadOfLoadingIt(string markdown, string expected)
    {
        var html = _renderer.ToSafeHtml(markdown);

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Fact]
    public void DropsImageWithRelativeSource() =>
        Assert.DoesNotContain("<img", _renderer.ToSafeHtml("![plan](/account/logout)"), StringComparison.Ordinal);

    [Theory]
    [InlineData("# Titre")]
    [InlineData("Titre\n=====")]
    [InlineData("## Sous-titre")]
    [InlineData("Sous-titre\n----------")]
    public void NeverProducesLevelOneOrTwoHeading(string markdown) =>
        Assert.DoesNotMatch("<h[12][ >]", _renderer.ToSafeHtml(markdown));

    [Theory]
    [InlineData("# Titre", "<h3>Titre</h3>")]
    [InlineData("## Titre", "<h3>Titre</h3>")]
    [InlineData("#### Titre", "<h3>Titre</h3>")]
    [InlineData("## Partie\n\n#### Détail", "<h5>Détail</h5>")]
    [InlineData("# Partie\n\n###### Détail", "<h6>Détail</h6>")]
    public void ShiftsTheHighestHeadingToLevelThreeKeepingTheOthersRelative(string markdown, string expected) =>
        Assert.Contains(expected, _renderer.ToSafeHtml(markdown), StringComparison.Ordinal);

    [Theory]
    [InlineData("Élèves, à l’école : ça déçoit où ? Œuvre « naïve » !")]
    [InlineData("Bravo 🎉 👍🏽 🇫🇷")]
    public void PreservesFrenchTextAndEmoji(string text) =>
        Assert.Equal($"<p>{text}</p>", _renderer.ToSafeHtml(text).Trim());

    [Fact]
    public void BoundsOutputOfHugeInput()
    {
        var huge = string.Concat(Enumerable.Repeat("Un paragraphe **important** & <b>long</b>.\n\n", 120_000));

        Assert.InRange(_renderer.ToSafeHtml(huge).Length, 1, MarkdownLimits.MaxInputLength * 3);
    }

    [Fact]
    public void RendersOnlyTheFirstMaxInputLengthCharacters()
    {
        var huge = new string('a', MarkdownLimits.MaxInputLength) + "FIN";

        Assert.DoesNotContain("FIN", _renderer.ToSafeHtml(huge), StringComparison.Ordinal);
    }

    [Fact]
    public void TruncationNeverSplitsAnEmoji()
    {
        var text = new string('a', MarkdownLimits.MaxInputLength - 1) + "🎉";

        Assert.DoesNotContain('\uD83C', _renderer.ToSafeHtml(text));
    }

    [Theory]
    [InlineData('>')]
    [InlineData('[')]
    public void ShowsPathologicallyNestedInputAsText(char repeated) =>
        Assert.StartsWith("<p>", _renderer.ToSafeHtml(new string(repeated, MarkdownLimits.MaxInputLength)), StringComparison.Ordinal);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void RendersNothingGivenNoMarkdown(string? markdown) =>
        Assert.Equal("", _renderer.ToSafeHtml(markdown));

    [Fact]
    public void GivesSameResultWhenCalledFromManyThreadsAtOnce()
    {
        const string markdown = "## Axe\n\n- **gras** et [lien](https://exemple.fr)\n- [piège](javascript:alert(1))";
        var expected = _renderer.ToSafeHtml(markdown);
        var results = new string[200];

        Parallel.For(0, results.Length, i => results[i] = _renderer.ToSafeHtml(markdown));

        Assert.All(results, html => Assert.Equal(expected, html));
    }

    [Fact]
    public void AddMarkdownRegistersOneSharedRenderer()
    {
        using var provider = new ServiceCollection().AddMarkdown().BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<IMarkdownRenderer>(), provider.GetRequiredService<IMarkdownRenderer>());
    }

    private static IEnumerable<IElement> Elements(string html) =>
        new HtmlParser().ParseDocument($"<body>{html}</body>").Body!.Descendants<IElement>();

    // The parser already decodes character references once, as a browser does; decoding a second
    // time and dropping whitespace and control characters makes the check stricter than a browser.
    private static IEnumerable<string> UrlAttributeValues(string html) =>
        Elements(html)
            .SelectMany(e => e.Attributes)
            .Where(a => a.LocalName is "href" or "src")
            .Select(a => string.Concat(WebUtility.HtmlDecode(a.Value).Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))))
            .Select(url => Uri.UnescapeDataString(url).ToLowerInvariant());
}
