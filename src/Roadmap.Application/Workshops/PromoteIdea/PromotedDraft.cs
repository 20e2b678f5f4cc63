using Roadmap.Application.Common;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.PromoteIdea;

/// <summary>The action an idea becomes: its first words as the title, its text as the summary, its origin in the description.</summary>
internal static class PromotedDraft
{
    public static ActionDraft From(Idea idea, Guid axisId, Workshop workshop)
    {
        var author = idea.AuthorUserId is null ? $"{idea.AuthorName} (invité·e)" : idea.AuthorName;
        var description = $"Idée proposée par {author} lors de l'atelier « {workshop.Title} » du {FrenchFormat.DateTime(idea.PostedAt)}, "
            + $"soutenue par {idea.UpvoteCount} participant·e{(idea.UpvoteCount > 1 ? "s" : "")}.";
        return new ActionDraft(
            axisId,
            Title(idea.Text),
            idea.Text,
            description,
            idea.AuthorUserId is null ? null : idea.AuthorOrganisationId,
            [],
            [],
            [],
            ActionBudget.None,
            []);
    }

    private static string Title(string text)
    {
        var firstLine = text.Split('\n', 2)[0].Trim();
        if (firstLine.Length <= RoadmapAction.TitleMaxLength)
        {
            return firstLine;
        }

        var cut = firstLine[..(RoadmapAction.TitleMaxLength - 1)];
        var lastSpace = cut.LastIndexOf(' ');
        return (lastSpace > RoadmapAction.TitleMaxLength / 2 ? cut[..lastSpace] : cut).TrimEnd() + "…";
    }
}
