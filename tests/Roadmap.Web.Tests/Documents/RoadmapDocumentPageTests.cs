using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Documents;

/// <summary>The adopted roadmap as a print page and as a .docx, on the demo's Sarthe roadmap.</summary>
public sealed class RoadmapDocumentPageTests(WebApp web) : IClassFixture<WebApp>
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string PagePath = $"/feuilles-de-route/{DemoFacts.Sarthe}/document";

    [Fact]
    public async Task ThePrintPageHasOneH1AndLinksItsPrintStylesheet()
    {
        var page = await PageAsync(PagePath);

        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Contains(page.QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href")!.Contains("css/roadmap-document", StringComparison.Ordinal));
        Assert.Contains("Pour un PDF, utilisez Imprimer → Enregistrer au format PDF", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"{PagePath}.docx", page.QuerySelector("a[download]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task EveryTableOfContentsLinkLeadsToASection()
    {
        var page = await PageAsync(PagePath);

        var targets = page.QuerySelectorAll(".document-toc a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(targets);
        Assert.All(targets, href => Assert.NotNull(page.GetElementById(href.TrimStart('#'))));
        Assert.Equal(
            page.QuerySelectorAll(".document-toc > ol > li > a").Select(a => a.GetAttribute("href")),
            page.QuerySelectorAll("section.document-axis[id^=axe-]").Select(s => "#" + s.Id));
    }

    [Fact]
    public async Task TablesHaveACaptionAndHeaderCells()
    {
        var page = await PageAsync(PagePath);

        Assert.All(page.QuerySelectorAll("table"), table =>
        {
            Assert.NotNull(table.QuerySelector("caption"));
            Assert.NotEmpty(table.QuerySelectorAll("thead th[scope=col]"));
        });
    }

    [Theory]
    [InlineData(PagePath + ".docx")]
    [InlineData($"/api/v1/roadmaps/{DemoFacts.Sarthe}/document.docx")]
    public async Task TheDocxOpensInWordWithTheSameAxesAsThePage(string path)
    {
        using var client = web.Anonymous();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DocxType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"feuille-de-route-{DemoFacts.Sarthe}.docx", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        using var word = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var page = await PageAsync(PagePath);
        var headings1 = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1" && p.InnerText.StartsWith("Axe ", StringComparison.Ordinal))
            .Select(p => p.InnerText);
        Assert.Equal(page.QuerySelectorAll("section.document-axis[id^=axe-] > h2").Select(h => h.TextContent), headings1);
    }

    [Theory]
    [InlineData("/feuilles-de-route/inconnue/document")]
    [InlineData("/feuilles-de-route/inconnue/document.docx")]
    [InlineData("/api/v1/roadmaps/inconnue/document.docx")]
    public async Task AnUnknownRoadmapIsNotFound(string path)
    {
        using var client = web.Anonymous();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<IHtmlDocument> PageAsync(string path)
    {
        using var client = web.Anonymous();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}
