using DocumentFormat.OpenXml.Wordprocessing;
using Roadmap.Application.Common;

namespace Roadmap.Infrastructure.Documents;

/// <summary>
/// The Word styles the document uses, under Word's own ids and names (Title, heading 1…, toc 1…), so
/// the navigation pane, the table of contents field and a later restyling all work in Word.
/// </summary>
internal static class WordStyles
{
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string TocHeading = "TOCHeading";
    public const string Toc1 = "TOC1";
    public const string Toc2 = "TOC2";
    public const string Label = "Intertitre";
    public const string ListParagraph = "ListParagraph";
    public const string Quote = "Quote";
    public const string TableText = "TableText";

    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" },
                new FontSize { Val = "22" },
                new Languages { Val = FrenchFormat.Culture.Name })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        new Style { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true, StyleName = new StyleName { Val = "Normal" }, PrimaryStyle = new PrimaryStyle() },
        Paragraph(Title, "Title", size: 56, bold: true, color: "1F3864", spaceBefore: 2400),
        Paragraph(Subtitle, "Subtitle", size: 30, color: "404040"),
        Paragraph(Heading1, "heading 1", size: 36, bold: true, color: "1F3864", outline: 0, pageBreakBefore: true, spaceBefore: 240),
        Paragraph(Heading2, "heading 2", size: 28, bold: true, color: "2E74B5", outline: 1, spaceBefore: 360),
        Paragraph(Heading3, "heading 3", size: 24, bold: true, color: "404040", outline: 2, spaceBefore: 200),
        Paragraph(TocHeading, "TOC Heading", size: 36, bold: true, color: "1F3864"),
        Paragraph(Toc1, "toc 1", size: 22, bold: true),
        Paragraph(Toc2, "toc 2", size: 22, indent: 440),
        Paragraph(Label, "Intertitre", size: 22, bold: true, keepNext: true),
        Paragraph(ListParagraph, "List Paragraph", size: 22, indent: 360),
        Paragraph(Quote, "Quote", size: 22, italic: true, indent: 720),
        Paragraph(TableText, "Texte de tableau", size: 20));

    private static Style Paragraph(
        string id, string name, int size, bool bold = false, bool italic = false, string? color = null, int? outline = null,
        bool pageBreakBefore = false, bool keepNext = false, int spaceBefore = 0, int indent = 0)
    {
        var paragraph = new StyleParagraphProperties
        {
            KeepNext = keepNext || outline is not null ? new KeepNext() : null,
            PageBreakBefore = pageBreakBefore ? new PageBreakBefore() : null,
            SpacingBetweenLines = spaceBefore > 0 ? new SpacingBetweenLines { Before = spaceBefore.ToString(FrenchFormat.Culture) } : null,
            Indentation = indent > 0 ? new Indentation { Left = indent.ToString(FrenchFormat.Culture) } : null,
            OutlineLevel = outline is { } level ? new OutlineLevel { Val = level } : null,
        };
        var run = new StyleRunProperties
        {
            Bold = bold ? new Bold() : null,
            Italic = italic ? new Italic() : null,
            Color = color is null ? null : new Color { Val = color },
            FontSize = new FontSize { Val = (size).ToString(FrenchFormat.Culture) },
        };
        return new Style
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            StyleName = new StyleName { Val = name },
            BasedOn = new BasedOn { Val = "Normal" },
            NextParagraphStyle = new NextParagraphStyle { Val = "Normal" },
            PrimaryStyle = new PrimaryStyle(),
            StyleParagraphProperties = paragraph,
            StyleRunProperties = run,
        };
    }
}
