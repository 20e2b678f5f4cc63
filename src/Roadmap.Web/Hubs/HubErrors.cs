namespace Roadmap.Web.Hubs;

/// <summary>The hub's own French refusals, decided before any request is sent (limits, unexpected faults).</summary>
internal static class HubErrors
{
    public const string Unexpected = "Une erreur inattendue est survenue : réessayez dans un instant.";
    public const string TooFast = "Trop d'envois en peu de temps : patientez quelques secondes avant de réessayer.";
    public const string TooManyGuests = "Trop d'invités ont rejoint un atelier depuis votre connexion en peu de temps : patientez une minute avant de réessayer.";
    public const string TooManyConnections = "Trop de connexions aux ateliers depuis votre adresse : fermez des onglets ou patientez avant de réessayer.";
}
