using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Common;
using Roadmap.Application.Territories.ImportTerritory;
using Roadmap.Application.Territories.ListImportedTerritories;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Admin.Territories;

/// <summary>An Administrator imports a département's communes and EPCI from the official data shipped with the app, and sees the départements already imported.</summary>
public sealed partial class TerritoriesPage
{
    public const string Path = "/admin/territoires";

    private IReadOnlyList<ImportedTerritory> _territories = [];
    private TerritoryImportResult? _result;
    private UseCaseError? _error;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "importer-territoire")]
    private string? Code { get; set; }

    private static string Counts(ImportCounts counts) =>
        $"{counts.Created} {Plural.Of(counts.Created, "créée", "créées")}, {counts.Updated} {Plural.Of(counts.Updated, "mise à jour", "mises à jour")}, {counts.Unchanged} {Plural.Of(counts.Unchanged, "inchangée", "inchangées")}";

    protected override async Task OnInitializedAsync() => _territories = await Mediator.Send(new ListImportedTerritories());

    private async Task ImportAsync()
    {
        var sent = await Mediator.TrySendAsync(new ImportTerritory((Code ?? "").Trim()));
        _result = sent.Response;
        _error = sent.Error;
        if (!sent.Refused)
        {
            _territories = await Mediator.Send(new ListImportedTerritories());
        }
    }
}
