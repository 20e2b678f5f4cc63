using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Roadmap.Application.Common;

namespace Roadmap.Infrastructure.Documents;

/// <summary>
/// User-written Markdown as plain Word paragraphs: headings become bold intertitles, lists keep their
/// bullets or numbers, bold, italic and struck text keep their emphasis, a link shows its text and its
/// address, an image its alt text. Raw HTML stays text (as on the site), so nothing of it is ever markup.
/// </summary>
internal static class MarkdownParagraphs
{
    private const int IndentPerLevel = 360;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UseAutoLinks(new AutoLinkOptions { UseHttpsForWWWLinks = true })
        .DisableHtml()
        .Build();

    public static IReadOnlyList<Paragraph> Of(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return [];
        }

        var text = markdown.Length > MarkdownLimits.MaxInputLength ? markdown[..MarkdownLimits.MaxInputLength] : markdown;
        var paragraphs = new List<Paragraph>();
        try
        {
            AddBlocks(Markdig.Markdown.Parse(text, Pipeline), paragraphs, null, 0);
        }
        catch (ArgumentException)
        {
            // Nested past Markdig's depth limit: not meant as Markdown, kept as text (like the site does).
            return [WordParts.Text(null, text)];
        }

        return paragraphs;
    }

    private static void AddBlocks(ContainerBlock container, List<Paragraph> output, string? style, int depth)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    output.Add(WordParts.Paragraph(WordStyles.Label, Runs(heading.Inline, default)));
                    break;
                case ParagraphBlock paragraph:
                    output.Add(Indented(WordParts.Paragraph(style, Runs(paragraph.Inline, default)), depth));
                    break;
                case ListBlock list:
                    AddList(list, output, depth + 1);
                    break;
                case LinkReferenceDefinitionGroup or ThematicBreakBlock:
                    break;
                case QuoteBlock quote:
                    AddBlocks(quote, output, WordStyles.Quote, depth);
                    break;
                case ContainerBlock other:
                    AddBlocks(other, output, style, depth);
                    break;
                case LeafBlock { Lines.Count: > 0 } code:
                    output.Add(Indented(WordParts.Text(style, code.Lines.ToString()), depth));
                    break;
            }
        }
    }

    private static void AddList(ListBlock list, List<Paragraph> output, int depth)
    {
        var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var first = output.Count;
            AddBlocks(item, output, WordStyles.ListParagraph, depth);
            if (output.Count > first)
            {
                WordParts.Prepend(output[first], WordParts.Run(list.IsOrdered ? $"{number}. " : "• "));
            }

            number++;
        }
    }

    private static Paragraph Indented(Paragraph paragraph, int depth)
    {
        if (depth > 0)
        {
            paragraph.ParagraphProperties ??= new ParagraphProperties();
            paragraph.ParagraphProperties.Indentation = new Indentation { Left = (depth * IndentPerLevel).ToString(FrenchFormat.Culture) };
        }

        return paragraph;
    }

    private static IEnumerable<Run> Runs(ContainerInline? container, RunStyle style)
    {
        if (container is null)
        {
            yield break;
        }

        foreach (var inline in container)
        {
            IEnumerable<Run> runs = inline switch
            {
                EmphasisInline emphasis => Runs(emphasis, Emphasised(emphasis, style)),
                LinkInline { IsImage: true } image => [WordParts.Run($"Image : {PlainText(image)}", style)],
                LinkInline link => Runs(link, style).Append(WordParts.Run(LinkAddress(link), style)),
                ContainerInline other => Runs(other, style),
                LineBreakInline { IsHard: true } => [WordParts.Run("\n", style)],
                LineBreakInline => [WordParts.Run(" ", style)],
                CodeInline code => [WordParts.Run(code.Content, style)],
                AutolinkInline autolink => [WordParts.Run(autolink.Url, style)],
                HtmlEntityInline entity => [WordParts.Run(entity.Transcoded.ToString(), style)],
                HtmlInline html => [WordParts.Run(html.Tag, style)],
                _ => [WordParts.Run(inline.ToString() ?? "", style)],
            };
            foreach (var run in runs)
            {
                yield return run;
            }
        }
    }

    private static RunStyle Emphasised(EmphasisInline emphasis, RunStyle style) => emphasis.DelimiterChar == '~'
        ? style with { Strike = true }
        : emphasis.DelimiterCount >= 2 ? style with { Bold = true } : style with { Italic = true };

    /// <summary>« (https://…) » after a link whose text is not already its address; nothing for other links.</summary>
    private static string LinkAddress(LinkInline link) =>
        link.Url is { Length: > 0 } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" && PlainText(link) != url
            ? $" ({url})"
            : "";

    private static string PlainText(ContainerInline container) =>
        string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
