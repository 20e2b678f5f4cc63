using System.Globalization;
using Roadmap.Application.Common;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.FollowUp.SetBudgetYears;

namespace Roadmap.Web.Components.Pages.Actions.FollowUp;

/// <summary>
/// The budget table as typed: one row per year plus a blank one to add a year (no JavaScript). A row
/// whose three cells are blank is dropped, so emptying a row removes its year.
/// </summary>
public sealed class BudgetYearsForm
{
    public List<BudgetYearRow> Rows { get; set; } = [];

    public static BudgetYearsForm From(IReadOnlyList<ActionBudgetYear> years) => new()
    {
        Rows = [.. years.Select(y => new BudgetYearRow
        {
            Year = y.Year.ToString(CultureInfo.InvariantCulture),
            Committed = FrenchFormat.Number(y.Committed),
            Spent = FrenchFormat.Number(y.Spent),
        })],
    };

    /// <summary>The rows the request receives; what cannot be read goes to <paramref name="errors"/>, keyed like the request (<c>Years[0].Spent</c>).</summary>
    public IReadOnlyList<BudgetYearInput> ToInputs(Dictionary<string, string[]> errors)
    {
        Rows.RemoveAll(r => r.IsBlank);
        return [.. Rows.Select((row, i) => new BudgetYearInput(
            ReadYear(row.Year, $"Years[{i}].Year", errors),
            FrenchNumber.Read(row.Committed, $"Years[{i}].Committed", "Le montant engagé doit être un montant en euros (exemple : 45 000).", errors) ?? 0,
            FrenchNumber.Read(row.Spent, $"Years[{i}].Spent", "Le montant dépensé doit être un montant en euros (exemple : 12 500,50).", errors) ?? 0))];
    }

    /// <summary>The rows shown: those typed, and one blank row to add a year.</summary>
    public IReadOnlyList<BudgetYearRow> Shown => [.. Rows, new BudgetYearRow()];

    private static int ReadYear(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return year;
        }

        errors[field] = ["L'année doit être écrite en chiffres (exemple : 2026)."];
        return 0;
    }
}
