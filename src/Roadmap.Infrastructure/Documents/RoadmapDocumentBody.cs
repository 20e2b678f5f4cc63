using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Roadmap.Application.FollowUp.GetRoadmapDocument;
using static Roadmap.Infrastructure.Documents.WordParts;

namespace Roadmap.Infrastructure.Documents;

/// <summary>
/// The body of the .docx: a cover, a table of contents (a Word field, pre-filled with the axes and actions
/// so it reads well before Word updates it), then one Heading 1 per axis (each on a new page) and one Heading 2 per action.
/// </summary>
internal static class RoadmapDocumentBody
{
    public static IEnumerable<OpenXmlElement> Of(RoadmapDocument document)
    {
        yield return Text(WordStyles.Title, document.Title);
        if (document.OwnerName.Length > 0)
        {
            yield return Text(WordStyles.Subtitle, document.OwnerName);
        }

        yield return Text(WordStyles.Subtitle, DocumentText.Standing(document));
        if (document.Summary.Length > 0)
        {
            yield return Text(null, document.Summary);
        }

        yield return Paragraph(null, new Run(new Break { Type = BreakValues.Page }));
        yield return Text(WordStyles.TocHeading, "Sommaire");
        foreach (var entry in TableOfContents(document))
        {
            yield return entry;
        }

        if (!string.IsNullOrWhiteSpace(document.Description))
        {
            yield return Text(WordStyles.Heading1, "Présentation");
            foreach (var paragraph in MarkdownParagraphs.Of(document.Description))
            {
                yield return paragraph;
            }
        }

        foreach (var element in document.Axes.SelectMany(Axis))
        {
            yield return element;
        }

        yield return new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1418, Right = 1134U, Bottom = 1418, Left = 1134U, Header = 709U, Footer = 709U, Gutter = 0U });
    }

    private static List<Paragraph> TableOfContents(RoadmapDocument document)
    {
        var entries = document.Axes.SelectMany(axis => axis.Actions.Select(a => Text(WordStyles.Toc2, DocumentText.ActionHeading(a)))
            .Prepend(Text(WordStyles.Toc1, DocumentText.AxisHeading(axis)))).ToList();
        if (entries.Count == 0)
        {
            entries.Add(Text(null, "Cette feuille de route ne compte encore aucun axe."));
        }

        // Word rebuilds the field (with page numbers) when asked, and on opening since the settings say so.
        Prepend(
            entries[0],
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
            new Run(new FieldCode(" TOC \\o \"1-2\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
        entries[^1].Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        return entries;
    }

    private static IEnumerable<OpenXmlElement> Axis(DocumentAxis axis)
    {
        yield return Text(WordStyles.Heading1, DocumentText.AxisHeading(axis));
        if (axis.Description.Length > 0)
        {
            yield return Text(null, axis.Description);
        }

        if (axis.Objectives.Count > 0)
        {
            yield return Text(WordStyles.Label, axis.Objectives.Count == 1 ? "Objectif" : "Objectifs");
            foreach (var objective in axis.Objectives)
            {
                yield return Text(WordStyles.ListParagraph, $"• {objective}");
            }
        }

        if (axis.Actions.Count == 0)
        {
            yield return Text(null, "Aucune action retenue dans cet axe.");
        }

        foreach (var element in axis.Actions.SelectMany(Action))
        {
            yield return element;
        }
    }

    private static IEnumerable<OpenXmlElement> Action(DocumentAction action)
    {
        yield return Text(WordStyles.Heading2, DocumentText.ActionHeading(action));
        yield return Paragraph(null, Run(DocumentText.Progress(action), new RunStyle(Bold: true)));
        if (action.Summary.Length > 0)
        {
            yield return Paragraph(null, Run(action.Summary, new RunStyle(Italic: true)));
        }

        foreach (var fact in DocumentText.Facts(action))
        {
            yield return Text(null, fact);
        }

        var description = MarkdownParagraphs.Of(action.Description);
        if (description.Count > 0)
        {
            yield return Text(WordStyles.Heading3, "Description");
            foreach (var paragraph in description)
            {
                yield return paragraph;
            }
        }

        if (action.Indicators.Count > 0)
        {
            yield return Text(WordStyles.Heading3, "Indicateurs");
            yield return Table($"Indicateurs de l'action {action.Number}", DocumentText.IndicatorHeaders, action.Indicators.Select(DocumentText.IndicatorRow));
            yield return Text(null, "");
        }

        if (action.HasBudget)
        {
            yield return Text(WordStyles.Heading3, "Budget");
            foreach (var line in DocumentText.BudgetLines(action))
            {
                yield return Text(null, line);
            }

            if (action.BudgetYears.Count > 0)
            {
                yield return Table($"Budget par année de l'action {action.Number}", DocumentText.BudgetHeaders, action.BudgetYears.Select(DocumentText.BudgetRow));
                yield return Text(null, "");
            }
        }
    }
}
