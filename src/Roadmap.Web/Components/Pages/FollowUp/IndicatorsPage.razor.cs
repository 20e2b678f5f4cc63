using System.Globalization;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.FollowUp.CorrectIndicatorValue;
using Roadmap.Application.FollowUp.GetIndicatorMeasures;
using Roadmap.Application.FollowUp.ListIndicatorValues;
using Roadmap.Application.FollowUp.RecordIndicatorValue;
using Roadmap.Web.Components.Pages.Actions;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.FollowUp;

/// <summary>
/// An action's indicators with their measured values; its pilots and managers add a measure per indicator
/// and correct one on a second screen (<c>?corriger=</c>). Every change comes back with a <c>?statut=</c>
/// confirmation, so reloading sends nothing twice.
/// </summary>
public sealed partial class IndicatorsPage
{
    public const string Recorded = "mesure";
    public const string Corrected = "correction";
    private const string CorrectForm = "corriger-mesure";

    private IndicatorMeasures? _page;
    private UseCaseError? _error;
    private Guid? _errorFor;

    [SupplyParameterFromQuery(Name = "corriger")]
    private Guid? CorrectId { get; set; }

    // No form name: every indicator's « Ajouter une mesure » form and the correction form bind here.
    [SupplyParameterFromForm]
    private MeasureInput? Input { get; set; }

    private string? StatusText => Status switch
    {
        Recorded => "La mesure est enregistrée.",
        Corrected => "La correction est enregistrée ; la valeur précédente reste dans l'historique.",
        _ => null,
    };

    private (IndicatorValues Indicator, MeasuredValue Value)? ToCorrect =>
        _page is { CanReport: true } page
            ? page.Indicators.SelectMany(i => i.Values.Select(v => (i, v))).Where(x => x.v.Id == (Input?.ValueId ?? CorrectId)).Select(x => ((IndicatorValues, MeasuredValue)?)x).FirstOrDefault()
            : null;

    private static string AddForm(Guid indicatorId) => $"mesure-{indicatorId:N}";

    private static string Field(string name, Guid id) => $"{name}-{id:N}";

    private string CorrectLink(Guid valueId) => $"{Links.ActionIndicators(Slug, Id)}?corriger={valueId}#correction-titre";

    private UseCaseError? ErrorOf(Guid formId) => _errorFor == formId ? _error : null;

    protected override async Task OnInitializedAsync()
    {
        _page = await Mediator.FindAsync(new GetIndicatorMeasures(Slug, Id));
        if (_page is null)
        {
            Navigation.NotFound();
        }
    }

    private async Task RecordAsync()
    {
        var indicatorId = Input?.IndicatorId ?? Guid.Empty;
        if (Read(indicatorId) is not (var on, var value))
        {
            return;
        }

        var sent = await Mediator.TrySendAsync(new RecordIndicatorValue(indicatorId, on, value, Input?.Source ?? "", Input?.Comment ?? ""));
        Done(indicatorId, sent.Error, Recorded);
    }

    private async Task CorrectAsync()
    {
        var valueId = Input?.ValueId ?? Guid.Empty;
        if (Read(valueId) is not (var on, var value))
        {
            return;
        }

        var sent = await Mediator.TrySendAsync(new CorrectIndicatorValue(valueId, on, value, Input?.Source ?? "", Input?.Comment ?? "", Input?.Reason ?? ""));
        Done(valueId, sent.Error, Corrected);
    }

    /// <summary>The date and number as typed; what cannot be read is shown beside its field, and nothing is sent.</summary>
    private (DateOnly, decimal)? Read(Guid formId)
    {
        var errors = new Dictionary<string, string[]>();
        var on = DateOnly.TryParseExact(Input?.MeasuredOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : (DateOnly?)null;
        if (on is null)
        {
            errors[nameof(RecordIndicatorValue.MeasuredOn)] = ["Indiquez la date de la mesure (par exemple 31/12/2025)."];
        }

        var value = FrenchNumber.Read(Input?.Value, nameof(RecordIndicatorValue.Value), "La valeur doit être un nombre, par exemple 1 234,5.", errors);
        if (value is null && !errors.ContainsKey(nameof(RecordIndicatorValue.Value)))
        {
            errors[nameof(RecordIndicatorValue.Value)] = ["Indiquez la valeur mesurée."];
        }

        if (errors.Count > 0)
        {
            _errorFor = formId;
            _error = new UseCaseError(UseCaseError.FieldsToCorrect, errors);
            return null;
        }

        return (on!.Value, value!.Value);
    }

    private void Done(Guid formId, UseCaseError? error, string status)
    {
        if (error is not null)
        {
            _errorFor = formId;
            _error = error;
            return;
        }

        ComeBack(Links.ActionIndicators(Slug, Id), status);
    }

    private string? Typed(Guid formId, Func<MeasureInput, string?> field) => _errorFor == formId && Input is { } input ? field(input) : null;

    private sealed class MeasureInput
    {
        public Guid IndicatorId { get; set; }

        public Guid ValueId { get; set; }

        public string? MeasuredOn { get; set; }

        public string? Value { get; set; }

        public string? Source { get; set; }

        public string? Comment { get; set; }

        public string? Reason { get; set; }
    }
}
