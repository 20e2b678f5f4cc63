using Roadmap.Application.Domain.Organisations;

namespace Roadmap.Application.Organisations;

/// <summary>An organisation as lists and forms show it.</summary>
public sealed record OrganisationSummary(
    Guid Id, string Name, OrganisationKind Kind, string? OfficialCode, string? Siren, EpciKind? EpciKind,
    string? PostalCodes, int? Population, Guid? ParentId, string? ParentName)
{
    public bool IsHandMade => Organisation.HandMadeKinds.Contains(Kind);
}

public sealed record OrganisationPage(IReadOnlyList<OrganisationSummary> Items, int Page, int PageSize, int TotalCount)
{
    public bool HasPrevious => Page > 1;

    public bool HasNext => Page * PageSize < TotalCount;
}

internal static class OrganisationSummaries
{
    public static OrganisationSummary Summary(this Organisation o, string? parentName) =>
        new(o.Id, o.Name, o.Kind, o.OfficialCode, o.Siren, o.EpciKind, o.PostalCodes, o.Population, o.ParentId, parentName);
}
