namespace Roadmap.Application.Administration.ListUsers;

public sealed record UserPage(IReadOnlyList<UserSummary> Items, int Page, int PageSize, int TotalCount)
{
    public bool HasPrevious => Page > 1;

    public bool HasNext => Page * PageSize < TotalCount;
}

/// <summary>An account as the administrators see it; <see cref="Roles"/> in <c>RoleNames.All</c> order.</summary>
public sealed record UserSummary(Guid Id, string Email, string DisplayName, string? OrganisationName, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt);
