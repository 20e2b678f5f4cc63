using Roadmap.Web.Errors;

namespace Roadmap.Web.Api;

/// <summary>
/// Renders a <see cref="Refusal"/> as an RFC 7807 problem with a French <c>detail</c> (and per-field
/// <c>errors</c> for invalid input), so no bad input ever surfaces as a 500.
/// </summary>
internal static class ApiProblems
{
    public static IResult? From(Exception exception) => Refusals.For(exception) is { } refusal ? From(refusal) : null;

    public static IResult From(Refusal refusal) => refusal.FieldErrors.Count > 0
        ? Results.ValidationProblem(
            refusal.FieldErrors.ToDictionary(e => Camel(e.Key), e => e.Value), detail: refusal.Message, title: refusal.Title,
            type: "https://tools.ietf.org/html/rfc4918#section-11.2", statusCode: refusal.Status)
        : TypedResults.Problem(detail: refusal.Message, statusCode: refusal.Status, title: refusal.Title);

    /// <summary>Field names follow the JSON payload (camelCase), including nested paths like <c>indicators[0].name</c>.</summary>
    private static string Camel(string field) =>
        string.Join('.', field.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
