namespace Roadmap.Application.Domain.Actions;

/// <summary>What was committed (engagé) and spent (mandaté) on an action in one calendar year, in euros.</summary>
public sealed record ActionBudgetYear(int Year, decimal Committed, decimal Spent)
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;
}
