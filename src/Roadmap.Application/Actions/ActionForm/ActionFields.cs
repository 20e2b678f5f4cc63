using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.Actions.ActionForm;

/// <summary>
/// The content of a « fiche action » as a proposer writes it, shared by <c>ProposeAction</c> and
/// <c>EditAction</c>. Flat on purpose: validation errors are keyed by these names (<c>Title</c>,
/// <c>Indicators[0].Name</c>), which is what forms and API clients read.
/// </summary>
public abstract record ActionFields
{
    public Guid AxisId { get; init; }

    public string Title { get; init; } = "";

    public string Summary { get; init; } = "";

    /// <summary>Markdown.</summary>
    public string Description { get; init; } = "";

    /// <summary>« En bref »: optional, plain text in easy-to-read French; line breaks kept (see <c>EasyReadText</c>).</summary>
    public string EasyRead { get; init; } = "";

    /// <summary>On whose behalf; null for a « proposition individuelle ».</summary>
    public Guid? OrganisationId { get; init; }

    public IReadOnlyList<Guid> PartnerIds { get; init; } = [];

    public IReadOnlyList<Guid> TerritoryIds { get; init; } = [];

    public IReadOnlyList<IndicatorInput> Indicators { get; init; } = [];

    /// <summary>In euros.</summary>
    public decimal? EstimatedBudget { get; init; }

    public string Funding { get; init; } = "";

    public IReadOnlyList<PoolingInput> PoolingOptions { get; init; } = [];

    internal ActionDraft ToDraft() => new(
        AxisId,
        Title,
        Summary,
        Description,
        OrganisationId,
        PartnerIds,
        TerritoryIds,
        Indicators.Select(i => new SuccessIndicator(i.Name, i.Unit, i.Baseline, i.Target ?? 0, i.DueOn)).ToList(),
        new ActionBudget(EstimatedBudget, Funding ?? ""),
        PoolingOptions.Select(p => new PoolingOption(p.Kind, p.Description)).ToList(),
        EasyRead ?? "");
}
