using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Roadmap.Application.Actions.SearchActions;
using Roadmap.Application.Common.Exceptions;

namespace Roadmap.Web.Api;

internal static class SearchEndpoints
{
    public static RouteGroupBuilder MapSearchEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/roadmaps/{slug}/actions", SearchAsync).AsPublicRead().WithName("SearchActions")
            .WithSummary("Les actions d'une feuille de route, filtrées, triées et paginées.")
            .WithDescription("Filtres : axis, status, organisation, territory (identifiants), q (texte libre, sans tenir compte des majuscules ni des accents). "
                + "sort : supports (défaut), comments, newest, random (avec seed pour garder le même ordre d'une page à l'autre). page ≥ 1, pageSize de 1 à 100 (20 par défaut). "
                + ApiEndpoints.HiddenCountsDescription + " Le tri supports devient alors newest (le champ sort de la réponse le dit).");
        return api;
    }

    /// <summary>Every parameter arrives as text so a malformed one gets a French 422, not the framework's bare 400.</summary>
    internal sealed record Parameters(
        string? Axis, string? Status, string? Organisation, string? Territory, string? Q, string? Sort, string? Seed, string? Page, string? PageSize);

    private static async Task<Ok<ActionSearchResults>> SearchAsync(string slug, [AsParameters] Parameters query, IMediator mediator, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var request = new SearchActions(slug)
        {
            AxisId = Id(query.Axis, "Axis", "L'identifiant d'axe", errors),
            OrganisationId = Id(query.Organisation, "Organisation", "L'identifiant d'organisation", errors),
            TerritoryId = Id(query.Territory, "Territory", "L'identifiant de territoire", errors),
            Status = query.Status,
            Q = query.Q,
            Sort = query.Sort,
            Seed = Number(query.Seed, "Seed", "La graine du tri aléatoire", errors),
            Page = Number(query.Page, "Page", "Le numéro de page", errors) ?? 1,
            PageSize = Number(query.PageSize, "PageSize", "Le nombre d'actions par page", errors) ?? SearchActions.DefaultPageSize,
        };
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        return TypedResults.Ok(await mediator.Send(request, cancellationToken));
    }

    private static Guid? Id(string? text, string field, string what, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Guid.TryParse(text, out var id))
        {
            return id;
        }

        errors[field] = [$"{what} « {text} » n'est pas valide."];
        return null;
    }

    private static int? Number(string? text, string field, string what, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors[field] = [$"{what} doit être un nombre entier."];
        return null;
    }
}
