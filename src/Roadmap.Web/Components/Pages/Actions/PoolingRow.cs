using Roadmap.Application.Domain.Actions;

namespace Roadmap.Web.Components.Pages.Actions;

/// <summary>One pooling option row of the action form.</summary>
public sealed class PoolingRow
{
    public PoolingKind Kind { get; set; } = PoolingKind.Technical;

    public string Description { get; set => field = value ?? ""; } = "";
}
