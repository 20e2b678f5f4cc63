
using Roadmap.Application.Workshops.Agenda;
using Roadmap.Application.Workshops.Ideas;

namespace Roadmap.Web.Components.Pages.Workshops.Console;

/// <summary>One column of the ideas wall: an axis (or none), its ideas most upvoted first.</summary>
public sealed record IdeaGroup(Guid? AxisId, string Title, IReadOnlyList<IdeaView> Ideas);

public static class IdeaGroups
{
    public const string NoAxis = "Sans axe";

    /// <summary>
    /// Files each idea under the axis a facilitator grouped it in, else the axis its author chose, else
    /// « Sans axe »; axes in the roadmap's order, « Sans axe » last, empty groups left out.
    /// </summary>
    public static IReadOnlyList<IdeaGroup> Of(IReadOnlyList<IdeaView> ideas, IReadOnlyList<AxisRef> axes)
    {
        var known = axes.Select(a => a.Id).ToHashSet();
        var byAxis = ideas.ToLookup(i => (i.GroupedAxisId ?? i.AxisId) is { } axis && known.Contains(axis) ? axis : (Guid?)null);
        var groups = axes.OrderBy(a => a.Position)
            .Where(a => byAxis.Contains(a.Id))
            .Select(a => new IdeaGroup(a.Id, $"Axe {a.Position} — {a.Title}", Ordered(byAxis[a.Id])))
            .ToList();
        if (byAxis.Contains(null))
        {
            groups.Add(new IdeaGroup(null, NoAxis, Ordered(byAxis[null])));
        }

        return groups;
    }

    private static List<IdeaView> Ordered(IEnumerable<IdeaView> ideas) =>
        [.. ideas.OrderBy(i => i.IsHidden).ThenByDescending(i => i.Upvotes).ThenBy(i => i.PostedAt)];
}
