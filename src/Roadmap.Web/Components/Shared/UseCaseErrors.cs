using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;

namespace Roadmap.Web.Components.Shared;

/// <summary>
/// The page-side twin of the API's problem mapping: what a form shows when a use case refuses.
/// Field errors are keyed by the request's property path (e.g. <c>Title</c>, <c>Indicators[0].Name</c>).
/// </summary>
public sealed record UseCaseError(string Message, IReadOnlyDictionary<string, string[]> FieldErrors)
{
    private static readonly Dictionary<string, string[]> NoFields = [];

    public static UseCaseError? From(Exception exception) => exception switch
    {
        ValidationFailedException v => new UseCaseError("Le formulaire contient des erreurs : corrigez les champs signalés.", v.Errors),
        NotFoundException or HiddenByModerationException or ForbiddenException or UnauthenticatedException or ConflictException or DomainRuleException => new UseCaseError(exception.Message, NoFields),
        _ => null,
    };

    public IEnumerable<string> For(string field) => FieldErrors.TryGetValue(field, out var messages) ? messages : [];
}
