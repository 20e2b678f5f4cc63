namespace Roadmap.Application.Domain.Roadmaps;

/// <summary>The axes of a roadmap: edited, reordered and archived by its managers.</summary>
public sealed partial class TerritorialRoadmap
{
    /// <summary>Why no action may be proposed on, or moved to, this axis (it is archived, named); null when one may.</summary>
    public string? PlacementRefusal(Guid axisId) => _axes.FirstOrDefault(a => a.Id == axisId) is { IsArchived: true } axis
        ? $"L'axe « {axis.Title} » est archivé : on ne peut plus y proposer ni y déplacer d'action."
        : null;

    /// <summary>
    /// Why an action on this axis may no longer be changed: the roadmap is archived (first), or the axis is
    /// (named); null when it may. The action stays readable either way.
    /// </summary>
    public string? ActionChangeRefusal(Guid axisId) =>
        IsArchived ? Archived
        : _axes.FirstOrDefault(a => a.Id == axisId) is { IsArchived: true } axis
            ? $"L'axe « {axis.Title} » est archivé : ses actions restent consultables mais ne peuvent plus être modifiées."
            : null;

    /// <summary>Adds an axis with its objectives; two axes of one roadmap never share a title (a double submit adds one).</summary>
    public StrategicAxis AddAxis(string title, string description, IReadOnlyList<string> objectives)
    {
        EnsureNotArchived();
        var trimmed = title?.Trim() ?? "";
        if (_axes.Any(a => string.Equals(a.Title, trimmed, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainRuleException($"Cette feuille de route a déjà un axe « {trimmed} ».");
        }

        var axis = AddAxis(title!, description);
        axis.Edit(axis.Title, axis.Description, objectives);
        return axis;
    }

    public StrategicAxis EditAxis(Guid axisId, string title, string description, IReadOnlyList<string> objectives)
    {
        EnsureNotArchived();
        var axis = OwnAxis(axisId);
        var trimmed = title?.Trim() ?? "";
        if (_axes.Any(a => a != axis && string.Equals(a.Title, trimmed, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainRuleException($"Cette feuille de route a déjà un axe « {trimmed} ».");
        }

        axis.Edit(title!, description, objectives);
        return axis;
    }

    /// <summary>Puts the axes in the given order: every axis still in use exactly once; archived axes follow.</summary>
    public void ReorderAxes(IReadOnlyList<Guid> orderedIds)
    {
        EnsureNotArchived();
        if (orderedIds.Any(id => !HasAxis(id)))
        {
            throw new DomainRuleException(ForeignAxis);
        }

        var active = _axes.Where(a => !a.IsArchived).ToList();
        if (orderedIds.Distinct().Count() != orderedIds.Count)
        {
            throw new DomainRuleException("Chaque axe ne doit figurer qu'une fois dans le nouvel ordre.");
        }

        if (orderedIds.Count != active.Count || active.Any(a => !orderedIds.Contains(a.Id)))
        {
            throw new DomainRuleException("Le nouvel ordre doit comprendre chaque axe en cours, et eux seuls.");
        }

        var ordered = orderedIds.Select(id => _axes.First(a => a.Id == id))
            .Concat(_axes.Where(a => a.IsArchived).OrderBy(a => a.Position));
        Renumber(ordered);
    }

    /// <summary>Archives an axis that holds actions: it stays readable, after the axes in use, and takes no new action.</summary>
    public StrategicAxis ArchiveAxis(Guid axisId, DateTimeOffset now)
    {
        EnsureNotArchived();
        var axis = OwnAxis(axisId);
        if (axis.IsArchived)
        {
            throw new DomainRuleException("Cet axe est déjà archivé.");
        }

        axis.Archive(now);
        Renumber(_axes.Where(a => !a.IsArchived).OrderBy(a => a.Position).Append(axis).Concat(_axes.Where(a => a.IsArchived && a != axis).OrderBy(a => a.Position)));
        return axis;
    }

    /// <summary>Removes an axis that holds no action (the caller checked); the others close ranks.</summary>
    public StrategicAxis RemoveAxis(Guid axisId)
    {
        EnsureNotArchived();
        var axis = OwnAxis(axisId);
        _axes.Remove(axis);
        Renumber(_axes.OrderBy(a => a.Position));
        return axis;
    }

    private StrategicAxis OwnAxis(Guid axisId) =>
        _axes.FirstOrDefault(a => a.Id == axisId) ?? throw new DomainRuleException(ForeignAxis);

    private static void Renumber(IEnumerable<StrategicAxis> ordered)
    {
        var position = 1;
        foreach (var axis in ordered.ToList())
        {
            axis.MoveTo(position++);
        }
    }
}
