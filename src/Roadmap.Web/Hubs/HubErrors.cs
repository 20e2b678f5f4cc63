using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;

namespace Roadmap.Web.Hubs;

/// <summary>The French message a hub client receives for an Application exception (never a stack trace).</summary>
internal static class HubErrors
{
    public const string Unexpected = "Une erreur inattendue est survenue : réessayez dans un instant.";
    public const string TooFast = "Trop d'envois en peu de temps : patientez quelques secondes avant de réessayer.";
    public const string TooManyGuests = "Trop d'invités ont rejoint un atelier depuis votre connexion en peu de temps : patientez une minute avant de réessayer.";
    public const string TooManyConnections = "Trop de connexions aux ateliers depuis votre adresse : fermez des onglets ou patientez avant de réessayer.";

    public static string? Message(Exception exception) => exception switch
    {
        ValidationFailedException validation => string.Join(" ", validation.Errors.Values.SelectMany(m => m).Distinct()),
        DomainRuleException or ConflictException or ForbiddenException or NotFoundException or UnauthenticatedException => exception.Message,
        _ => null,
    };
}
