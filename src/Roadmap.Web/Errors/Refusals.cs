using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;

namespace Roadmap.Web.Errors;

/// <summary>
/// The one table from the Application's exceptions (and the framework's unreadable request) to what
/// the user is told. Any other exception is a fault, not a refusal: it is logged and answered as such
/// by each edge.
/// </summary>
public static class Refusals
{
    private static readonly Dictionary<string, string[]> NoFields = [];

    /// <summary>An address under /api/v1 that no endpoint serves, or an id that is not one (the route constraint refused it).</summary>
    public static readonly Refusal NoSuchAddress = new(
        StatusCodes.Status404NotFound, "Introuvable", "Aucune ressource de l'API ne se trouve à cette adresse.", NoFields);

    /// <summary>
    /// What an API answer that carries only a status says: the framework's own answers (an
    /// authentication challenge, a method the address does not accept), which have no body.
    /// </summary>
    public static Refusal ForStatus(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => new(status, "Connexion requise",
            "Connectez-vous pour utiliser cette adresse de l'API : envoyez un jeton (Authorization: Bearer) ou le cookie de session.", NoFields),
        StatusCodes.Status403Forbidden => new(status, "Accès refusé", "Votre compte n'a pas le droit d'utiliser cette adresse de l'API.", NoFields),
        StatusCodes.Status404NotFound => NoSuchAddress,
        StatusCodes.Status405MethodNotAllowed => new(status, "Méthode non acceptée",
            "Cette adresse de l'API n'accepte pas cette méthode HTTP ; l'en-tête Allow donne celles qu'elle accepte.", NoFields),
        >= StatusCodes.Status500InternalServerError => new(status, "Erreur du serveur", "Le serveur n'a pas pu répondre. Réessayez dans un moment.", NoFields),
        _ => new(status, "Requête refusée", "Le serveur a refusé cette requête.", NoFields),
    };

    public static Refusal? For(Exception exception) => exception switch
    {
        ValidationFailedException v => new(StatusCodes.Status422UnprocessableEntity, "Données invalides", v.Message, v.Errors),
        HiddenByModerationException => Plain(StatusCodes.Status410Gone, "Contenu masqué par la modération", exception),
        NotFoundException => Plain(StatusCodes.Status404NotFound, "Introuvable", exception),
        UnauthenticatedException => Plain(StatusCodes.Status401Unauthorized, "Connexion requise", exception),
        ForbiddenException => Plain(StatusCodes.Status403Forbidden, "Accès refusé", exception),
        ConflictException => Plain(StatusCodes.Status409Conflict, "Conflit", exception),
        DomainRuleException => Plain(StatusCodes.Status409Conflict, "Action impossible", exception),
        BadHttpRequestException bad => new(bad.StatusCode, "Requête illisible",
            "Le contenu envoyé est illisible : envoyez un JSON valide, avec les champs et les types attendus.", NoFields),
        _ => null,
    };

    private static Refusal Plain(int status, string title, Exception exception) => new(status, title, exception.Message, NoFields);
}
