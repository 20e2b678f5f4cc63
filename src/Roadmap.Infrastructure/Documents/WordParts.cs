using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Roadmap.Infrastructure.Documents;

/// <summary>The few Open XML building blocks the document is made of: styled paragraphs, text runs and tables with a header row.</summary>
internal static class WordParts
{
    // Two overloads, not one `params IEnumerable<OpenXmlElement>`: an element is itself an IEnumerable of its
    // children, so a single run would bind as the collection and its text would be moved, not the run.
    public static Paragraph Paragraph(string? style, params OpenXmlElement[] content) => Paragraph(style, content.AsEnumerable());

    public static Paragraph Paragraph(string? style, IEnumerable<OpenXmlElement> content)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } });
        }

        paragraph.Append(content);
        return paragraph;
    }

    public static Paragraph Text(string? style, string text) => Paragraph(style, Run(text));

    /// <summary>Puts <paramref name="runs"/> at the start of the paragraph's text, after its properties.</summary>
    public static void Prepend(Paragraph paragraph, params Run[] runs)
    {
        foreach (var run in runs.Reverse())
        {
            if (paragraph.ParagraphProperties is { } properties)
            {
                properties.InsertAfterSelf(run);
            }
            else
            {
                paragraph.PrependChild(run);
            }
        }
    }

    /// <summary>A run of text; line breaks become Word line breaks, and characters XML cannot carry are dropped.</summary>
    public static Run Run(string text, RunStyle style = default)
    {
        var run = new Run();
        if (style != default)
        {
            run.Append(new RunProperties
            {
                Bold = style.Bold ? new Bold() : null,
                Italic = style.Italic ? new Italic() : null,
                Strike = style.Strike ? new Strike() : null,
            });
        }

        var lines = Clean(text).Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    /// <summary>A full-width table whose first row repeats on each page and is marked as the header row.</summary>
    public static Table Table(string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var table = new Table(
            new TableProperties
            {
                TableWidth = new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                TableBorders = new TableBorders(
                    Border<TopBorder>(), Border<LeftBorder>(), Border<BottomBorder>(), Border<RightBorder>(),
                    Border<InsideHorizontalBorder>(), Border<InsideVerticalBorder>()),
                TableCaption = new TableCaption { Val = Clean(caption) },
            },
            new TableGrid(headers.Select(_ => new GridColumn())));
        table.Append(new TableRow(headers.Select(h => Cell(h, new RunStyle(Bold: true))).Prepend<OpenXmlElement>(new TableRowProperties(new TableHeader()))));
        table.Append(rows.Select(row => new TableRow(row.Select(value => Cell(value)))));
        return table;
    }

    private static TableCell Cell(string text, RunStyle style = default) => new(Paragraph(WordStyles.TableText, Run(text, style)));

    private static T Border<T>()
        where T : BorderType, new() => new() { Val = BorderValues.Single, Size = 4U, Color = "A6A6A6" };

    /// <summary>Drops what XML 1.0 cannot hold (control characters, a lone half of a surrogate pair): the text stays, the file stays valid.</summary>
    public static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i, 2);
                i++;
            }
        }

        return kept.ToString();
    }
}

/// <summary>Bold, italic or struck-through text, as Markdown emphasis asks.</summary>
internal readonly record struct RunStyle(bool Bold = false, bool Italic = false, bool Strike = false);
