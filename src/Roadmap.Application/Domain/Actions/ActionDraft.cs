namespace Roadmap.Application.Domain.Actions;

/// <summary>What a proposer writes: the editable content of an action; <see cref="EasyRead"/> is the optional « En bref ».</summary>
public sealed record ActionDraft(
    Guid AxisId,
    string Title,
    string Summary,
    string Description,
    Guid? OrganisationId,
    IReadOnlyList<Guid> PartnerIds,
    IReadOnlyList<Guid> TerritoryIds,
    IReadOnlyList<SuccessIndicator> Indicators,
    ActionBudget Budget,
    IReadOnlyList<PoolingOption> PoolingOptions,
    string EasyRead = "");
