using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Organisations;
using Roadmap.Application.Organisations.CreateOrganisation;
using Roadmap.Application.Organisations.EditOrganisation;
using Roadmap.Application.Organisations.GetOrganisation;
using Roadmap.Application.Organisations.SearchOrganisations;
using Roadmap.Application.Territories.ImportTerritory;

namespace Roadmap.Web.Api;

/// <summary>
/// The territory (import from the official data) and the organisations. Searching is public; importing,
/// creating and editing need the Administrator role (403 otherwise).
/// </summary>
internal static class OrganisationEndpoints
{
    public static RouteGroupBuilder MapOrganisationEndpoints(this RouteGroupBuilder api)
    {
        var organisations = api.MapGroup("/organisations").WithTags("Organisations");
        organisations.MapGet("", SearchAsync)
            .WithName("SearchOrganisations").WithSummary("Les organisations, par nom, code officiel ou code postal, type et parent ; 50 par page.");
        organisations.MapGet("/{id:guid}", GetAsync)
            .WithName("GetOrganisation").WithSummary("Une organisation.");

        var admin = api.MapGroup("/admin").WithTags("Administration");
        admin.MapPost("/territories/{departementCode}/import", ImportAsync).AsWrite()
            .WithName("ImportTerritory").WithSummary("Importer un département, ses EPCI et ses communes depuis le découpage administratif officiel (idempotent).");
        admin.MapPost("/organisations", CreateAsync).AsWrite()
            .WithName("CreateOrganisation").WithSummary("Créer une association, une entreprise, un tiers-lieu ou un établissement public.");
        admin.MapPut("/organisations/{id:guid}", EditAsync).AsWrite()
            .WithName("EditOrganisation").WithSummary("Modifier une organisation : tout pour une organisation créée à la main ; le nom et le rattachement pour une collectivité (le prochain import rétablit le nom officiel).");
        return api;
    }

    private static async Task<Ok<OrganisationPage>> SearchAsync(
        IMediator mediator, CancellationToken cancellationToken, string? q = null, OrganisationKind? kind = null, Guid? parent = null, int page = 1) =>
        TypedResults.Ok(await mediator.Send(new SearchOrganisations(q, kind, parent, page), cancellationToken));

    private static async Task<Ok<OrganisationSummary>> GetAsync(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetOrganisation(id), cancellationToken));

    private static async Task<Ok<TerritoryImportResult>> ImportAsync(string departementCode, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ImportTerritory(departementCode), cancellationToken));

    private static async Task<Created<OrganisationSummary>> CreateAsync(OrganisationBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        var id = await mediator.Send(new CreateOrganisation(body.Name ?? "", body.Kind ?? OrganisationKind.Association, body.Siren, body.ParentId), cancellationToken);
        return TypedResults.Created($"/api/v1/organisations/{id}", await mediator.Send(new GetOrganisation(id), cancellationToken));
    }

    private static async Task<Ok<OrganisationSummary>> EditAsync(Guid id, OrganisationBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new EditOrganisation(id, body.Name ?? "", body.Kind ?? OrganisationKind.Association, body.Siren, body.ParentId), cancellationToken);
        return TypedResults.Ok(await mediator.Send(new GetOrganisation(id), cancellationToken));
    }

    internal sealed record OrganisationBody(string? Name, OrganisationKind? Kind, string? Siren, Guid? ParentId);
}
