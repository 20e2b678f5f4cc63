using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Roadmap.Application.Common;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.FollowUp.GetRoadmapDocument;
using Roadmap.Infrastructure.Documents;

namespace Roadmap.Infrastructure.Tests.Documents;

/// <summary>The .docx is written, then opened back with the Open XML SDK and read as Word would.</summary>
public sealed class RoadmapDocumentWriterTests
{
    private static readonly RoadmapDocument Empty = new(
        "vide", "Feuille de route vide", "", "", "", "Département de la Sarthe", RoadmapPhase.Concertation, null, []);

    private static readonly DocumentAction Counsellors = new(
        Guid.NewGuid(), "1.1", "Déployer des conseillers numériques", "Des permanences dans chaque EPCI.",
        "## Contexte\nLes **usages** progressent, *vite*.\n\n- premier point\n- second point\n\n<script>alert(1)</script> [le site](https://example.fr)", "",
        ActionStatus.InProgress, 40, "Les Petits Débrouillards", ["Commune de Mamers"], ["Communauté de communes Maine Saosnois"], ["Zoé Pilote"],
        [new DocumentIndicator("Personnes accompagnées", "personnes", 0, new DateOnly(2026, 1, 1), 2_000, new DateOnly(2027, 12, 31), 1_250.5m, new DateOnly(2026, 6, 30))],
        120_000, "Département 60 %", [new ActionBudgetYear(2026, 30_000, 25_000)]);

    private static readonly RoadmapDocument Full = Empty with
    {
        Title = "Usages numériques",
        Phase = RoadmapPhase.MiseEnOeuvre,
        AdoptedOn = new DateOnly(2026, 7, 2),
        Axes =
        [
            new DocumentAxis(1, "Inclusion numérique", "Accompagner tous les publics", ["Former 2 000 personnes par an"], [Counsellors]),
            new DocumentAxis(2, "Services numériques", "", [], []),
        ],
    };

    [Fact]
    public async Task StartsWithTheTitleAndSaysWhoMadeIt()
    {
        using var word = await WriteAsync(Full);

        Assert.Equal("Usages numériques", word.PackageProperties.Title);
        Assert.Equal("Roadmap", word.PackageProperties.Creator);
        Assert.Equal(("Title", "Usages numériques"), Paragraphs(word).Select(p => (Style(p), p.InnerText)).First());
        Assert.Contains(Paragraphs(word), p => p.InnerText == "Feuille de route adoptée le 2 juillet 2026");
    }

    [Fact]
    public async Task AxesAreHeadings1InOrderAndActionsHeadings2()
    {
        using var word = await WriteAsync(Full);

        Assert.Equal(["Axe 1 — Inclusion numérique", "Axe 2 — Services numériques"], Texts(word, "Heading1"));
        Assert.Equal(["1.1 Déployer des conseillers numériques"], Texts(word, "Heading2"));
        Assert.Equal(["Description", "Indicateurs", "Budget"], Texts(word, "Heading3"));
    }

    [Fact]
    public async Task IndicatorsAreATableWithAHeaderRowAndFrenchValues()
    {
        using var word = await WriteAsync(Full);

        var table = word.MainDocumentPart!.Document!.Body!.Elements<Table>().First();
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.NotNull(table.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(["Indicateur", "Situation de départ", "Dernière mesure", "Cible", "Échéance"], rows[0]);
        Assert.Equal(["Personnes accompagnées", "0 personnes (1 janvier 2026)", "1\u202F250,5 personnes (30 juin 2026)", "2\u202F000 personnes", "31 décembre 2027"], rows[1]);
    }

    [Fact]
    public async Task BudgetAmountsAreInEuros()
    {
        using var word = await WriteAsync(Full);

        var budget = word.MainDocumentPart!.Document!.Body!.Elements<Table>().Last();
        Assert.Equal(["2026", FrenchFormat.Euros(30_000), FrenchFormat.Euros(25_000)], budget.Elements<TableRow>().Last().Elements<TableCell>().Select(c => c.InnerText));
        Assert.Contains(Paragraphs(word), p => p.InnerText == $"Budget estimé : {FrenchFormat.Euros(120_000)}");
        Assert.StartsWith("120\u202F000", FrenchFormat.Euros(120_000), StringComparison.Ordinal);
        Assert.EndsWith("€", FrenchFormat.Euros(120_000), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkdownBecomesPlainParagraphsAndScriptStaysText()
    {
        using var word = await WriteAsync(Full);

        var texts = Paragraphs(word).Select(p => p.InnerText).ToList();
        Assert.Contains("Contexte", texts);
        Assert.Contains("Les usages progressent, vite.", texts);
        Assert.Contains("• premier point", texts);
        Assert.Contains("<script>alert(1)</script> le site (https://example.fr)", texts);
        Assert.DoesNotContain("<script", word.MainDocumentPart!.Document!.OuterXml, StringComparison.Ordinal);
        Assert.DoesNotContain(texts, t => t.Contains("**", StringComparison.Ordinal));
        Assert.Contains(Paragraphs(word).SelectMany(p => p.Elements<Run>()), r => r.InnerText == "usages" && r.RunProperties?.Bold is not null);
    }

    [Fact]
    public async Task HasATableOfContentsFieldWordCanUpdate()
    {
        using var word = await WriteAsync(Full);

        Assert.Contains(word.MainDocumentPart!.Document!.Descendants<FieldCode>(), f => f.Text.Contains("TOC", StringComparison.Ordinal));
        Assert.True(word.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task IsAValidWordDocument(string name)
    {
        using var word = await WriteAsync(name == "vide" ? Empty : Full);

        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task AnEmptyRoadmapStillHasItsTitleAndNoHeadings()
    {
        using var word = await WriteAsync(Empty);

        Assert.Equal("Feuille de route vide", Texts(word, "Title").Single());
        Assert.Empty(Texts(word, "Heading1"));
        Assert.Contains(Paragraphs(word), p => p.InnerText.Contains("Projet de feuille de route — phase en cours : Concertation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ControlCharactersAreDroppedNotFatal()
    {
        using var word = await WriteAsync(Full with { Title = "Usages\u0001 numériques\u0000" });

        Assert.Equal("Usages numériques", Texts(word, "Title").Single());
    }

    public static TheoryData<string> Documents => ["vide", "complet"];

    private static async Task<WordprocessingDocument> WriteAsync(RoadmapDocument document)
    {
        var output = new MemoryStream();
        await new OpenXmlRoadmapDocumentWriter().WriteAsync(document, output, CancellationToken.None);
        return WordprocessingDocument.Open(new MemoryStream(output.ToArray()), false);
    }

    private static IEnumerable<Paragraph> Paragraphs(WordprocessingDocument word) => word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>();

    private static string? Style(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    private static List<string> Texts(WordprocessingDocument word, string style) =>
        [.. Paragraphs(word).Where(p => Style(p) == style).Select(p => p.InnerText)];
}
