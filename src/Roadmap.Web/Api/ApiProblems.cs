using Microsoft.AspNetCore.Http.HttpResults;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;

namespace Roadmap.Web.Api;

/// <summary>
/// Turns the Application's exceptions into RFC 7807 problems with a French <c>detail</c>
/// (and per-field <c>errors</c> for validation), so no bad input ever surfaces as a 500.
/// </summary>
internal static class ApiProblems
{
    public static IResult? From(Exception exception) => exception switch
    {
        ValidationFailedException v => Results.ValidationProblem(
            v.Errors.ToDictionary(e => Camel(e.Key), e => e.Value), detail: v.Message, title: "Données invalides",
            type: "https://tools.ietf.org/html/rfc4918#section-11.2", statusCode: StatusCodes.Status422UnprocessableEntity),
        HiddenByModerationException h => Problem(StatusCodes.Status410Gone, "Contenu masqué par la modération", h.Message),
        NotFoundException n => Problem(StatusCodes.Status404NotFound, "Introuvable", n.Message),
        UnauthenticatedException u => Problem(StatusCodes.Status401Unauthorized, "Connexion requise", u.Message),
        ForbiddenException f => Problem(StatusCodes.Status403Forbidden, "Accès refusé", f.Message),
        ConflictException c => Problem(StatusCodes.Status409Conflict, "Conflit", c.Message),
        DomainRuleException d => Problem(StatusCodes.Status409Conflict, "Action impossible", d.Message),
        _ => null,
    };

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);

    /// <summary>Field names follow the JSON payload (camelCase), including nested paths like <c>indicators[0].name</c>.</summary>
    private static string Camel(string field) =>
        string.Join('.', field.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
