using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Web.Components.Pages.Workshops.Manage;

/// <summary>One agenda line of the workshop form, as posted. Its kind is chosen by the button that added it.</summary>
public sealed class AgendaRow
{
    public AgendaItemKind Kind { get; set; }

    public string AxisId { get; set => field = value ?? ""; } = "";

    public List<Guid> ActionIds { get; set => field = value ?? []; } = [];

    /// <summary>The free topic's title, or an optional heading for an axis or a set of actions.</summary>
    public string Topic { get; set => field = value ?? ""; } = "";

    public static AgendaRow From(AgendaItemDraft item) => new()
    {
        Kind = item.Kind,
        AxisId = item.AxisId?.ToString() ?? "",
        ActionIds = [.. item.ActionIds ?? []],
        Topic = item.Topic ?? "",
    };

    public AgendaItemDraft ToDraft() => new(
        Kind,
        Kind == AgendaItemKind.Axis && Guid.TryParse(AxisId, out var axis) ? axis : null,
        Kind == AgendaItemKind.Actions ? ActionIds : null,
        string.IsNullOrWhiteSpace(Topic) ? null : Topic);
}
