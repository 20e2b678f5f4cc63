using System.Globalization;
using Roadmap.Application.Actions.ActionForm;
using Roadmap.Application.Actions.EditAction;
using Roadmap.Application.Domain.Actions;

namespace Roadmap.Web.Components.Pages.Actions;

/// <summary>
/// What the proposal and edit forms post. Numbers and dates stay text so « 120 000,50 » can be read
/// the French way and a typo gets a message next to its field instead of a lost form.
/// </summary>
public sealed class ActionFormModel
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Which submit button was pressed: <see cref="ActionFormCommands"/>.</summary>
    public string Command { get; set => field = value ?? ""; } = "";

    public Guid SubmissionKey { get; set; }

    public string AxisId { get; set => field = value ?? ""; } = "";

    public string Title { get; set => field = value ?? ""; } = "";

    public string Summary { get; set => field = value ?? ""; } = "";

    public string Description { get; set => field = value ?? ""; } = "";

    public string EasyRead { get; set => field = value ?? ""; } = "";

    /// <summary>An organisation id, or empty for a « proposition individuelle ».</summary>
    public string OrganisationId { get; set => field = value ?? ""; } = "";

    /// <summary>What was typed in the search of the proposing organisation (team only); shown again, never sent.</summary>
    public string? OrganisationSearch { get; set; }

    public List<Guid> PartnerIds { get; set => field = value ?? []; } = [];

    public string? PartnerSearch { get; set; }

    public List<Guid> TerritoryIds { get; set => field = value ?? []; } = [];

    public string? TerritorySearch { get; set; }

    public List<IndicatorRow> Indicators { get; set => field = value ?? []; } = [];

    public string EstimatedBudget { get; set => field = value ?? ""; } = "";

    public string Funding { get; set => field = value ?? ""; } = "";

    public List<PoolingRow> PoolingOptions { get; set => field = value ?? []; } = [];

    public static ActionFormModel From(EditAction current) => new()
    {
        AxisId = current.AxisId.ToString(),
        Title = current.Title,
        Summary = current.Summary,
        Description = current.Description,
        EasyRead = current.EasyRead,
        OrganisationId = current.OrganisationId?.ToString() ?? "",
        PartnerIds = [.. current.PartnerIds],
        TerritoryIds = [.. current.TerritoryIds],
        Indicators = [.. current.Indicators.Select(i => new IndicatorRow
        {
            Name = i.Name,
            Unit = i.Unit,
            Baseline = i.Baseline?.ToString(Invariant) ?? "",
            Target = i.Target?.ToString(Invariant) ?? "",
            DueOn = i.DueOn?.ToString("yyyy-MM-dd", Invariant) ?? "",
        })],
        EstimatedBudget = current.EstimatedBudget?.ToString(Invariant) ?? "",
        Funding = current.Funding,
        PoolingOptions = [.. current.PoolingOptions.Select(p => new PoolingRow { Kind = p.Kind, Description = p.Description })],
    };

    /// <summary>
    /// Fills <paramref name="fields"/> (a propose or edit request) from the form; rows left entirely blank are dropped.
    /// Returns the French messages of values that could not be read, keyed like the request's fields.
    /// </summary>
    public T ToFields<T>(T fields, Dictionary<string, string[]> errors)
        where T : ActionFields
    {
        DropBlankRows();
        return fields with
        {
            AxisId = Guid.TryParse(AxisId, out var axis) ? axis : Guid.Empty,
            Title = Title,
            Summary = Summary,
            Description = Description,
            EasyRead = EasyRead,
            OrganisationId = Guid.TryParse(OrganisationId, out var organisation) ? organisation : null,
            PartnerIds = PartnerIds,
            TerritoryIds = TerritoryIds,
            Indicators = [.. Indicators.Select((row, i) => new IndicatorInput(
                row.Name,
                row.Unit,
                FrenchNumber.Read(row.Baseline, $"Indicators[{i}].Baseline", "La situation de départ doit être un nombre (exemple : 1 250,5).", errors),
                FrenchNumber.Read(row.Target, $"Indicators[{i}].Target", "La cible doit être un nombre (exemple : 2 000).", errors),
                ReadDate(row.DueOn, $"Indicators[{i}].DueOn", errors)))],
            EstimatedBudget = FrenchNumber.Read(EstimatedBudget, nameof(ActionFields.EstimatedBudget), "Le budget estimé doit être un montant en euros (exemple : 120 000).", errors),
            Funding = Funding,
            PoolingOptions = [.. PoolingOptions.Select(p => new PoolingInput(p.Kind, p.Description))],
        };
    }

    /// <summary>Error keys like <c>Indicators[1].Name</c> count the rows sent, so the form drops blank rows before sending and showing them.</summary>
    private void DropBlankRows()
    {
        Indicators.RemoveAll(i => i.IsBlank);
        PoolingOptions.RemoveAll(p => string.IsNullOrWhiteSpace(p.Description));
    }

    private static DateOnly? ReadDate(string text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", Invariant, DateTimeStyles.None, out var iso)
            || DateOnly.TryParseExact(text.Trim(), "d/M/yyyy", Invariant, DateTimeStyles.None, out iso))
        {
            return iso;
        }

        errors[field] = ["L'échéance doit être une date (exemple : 31/12/2027)."];
        return null;
    }
}
