using System.Text;
using Roadmap.Application.Common;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Minutes;

namespace Roadmap.Application.Workshops.EndWorkshop;

/// <summary>The ideas section (by axis, most upvoted first, with what became of each) and the promoted actions.</summary>
internal static class MinutesIdeas
{
    public static void Write(StringBuilder md, MinutesSource source)
    {
        var visible = source.Ideas.Where(i => !i.IsHidden).ToList();
        var hidden = source.Ideas.Count - visible.Count;
        md.AppendLine().AppendLine("## Idées").AppendLine();
        md.Append(MinutesWriter.Count(source.Ideas.Count, "idée déposée", "idées déposées"));
        md.AppendLine(hidden > 0 ? $", dont {MinutesWriter.Count(hidden, "masquée", "masquées")} par l'animation." : ".");

        var axes = source.Room.Axes;
        foreach (var group in visible.GroupBy(i => i.WallAxisId).OrderBy(g => axes.FirstOrDefault(a => a.Id == g.Key)?.Position ?? int.MaxValue))
        {
            var axis = axes.FirstOrDefault(a => a.Id == group.Key);
            md.AppendLine().Append("### ").AppendLine(axis is null ? "Sans axe" : "Axe : " + MarkdownText.Escape(axis.Title)).AppendLine();
            foreach (var idea in group.OrderByDescending(i => i.UpvoteCount).ThenBy(i => i.PostedAt))
            {
                md.Append("- ").Append(MarkdownText.Escape(idea.Text)).Append(" — *").Append(MarkdownText.Escape(idea.AuthorName)).Append("*, ");
                md.Append(MinutesWriter.Count(idea.UpvoteCount, "soutien", "soutiens"));
                if (Promoted(source, idea) is { } link)
                {
                    md.Append(". Devenue l'action ").Append(link);
                }

                md.AppendLine(".");
            }
        }

        var promoted = source.Ideas.Where(i => i.PromotedActionId is not null).ToList();
        md.AppendLine().AppendLine("## Actions proposées pendant l'atelier").AppendLine();
        if (promoted.Count == 0)
        {
            md.AppendLine("Aucune idée n'est devenue une action pendant l'atelier.");
            return;
        }

        foreach (var idea in promoted)
        {
            md.Append("- ").Append(Promoted(source, idea)).Append(", d'après l'idée de ").Append(MarkdownText.Escape(idea.AuthorName)).AppendLine(".");
        }
    }

    private static string? Promoted(MinutesSource source, Idea idea) =>
        idea.PromotedActionId is { } id
            ? $"[{MarkdownText.Escape(source.PromotedActionTitles.GetValueOrDefault(id, "action proposée"))}]({SiteLinks.Action(source.Room.RoadmapSlug, id)})"
            : null;
}
