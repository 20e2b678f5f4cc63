namespace Roadmap.Web.Components.Pages.Actions.FollowUp;

/// <summary>One row of the budget table, as typed.</summary>
public sealed class BudgetYearRow
{
    public string? Year { get; set; }

    public string? Committed { get; set; }

    public string? Spent { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Year) && string.IsNullOrWhiteSpace(Committed) && string.IsNullOrWhiteSpace(Spent);
}
