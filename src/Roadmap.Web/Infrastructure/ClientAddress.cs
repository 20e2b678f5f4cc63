namespace Roadmap.Web.Infrastructure;

/// <summary>The client's address as a rate-limit key (the forwarded one once <c>UseForwardedHeaders</c> ran).</summary>
internal static class ClientAddress
{
    public static string Of(HttpContext? context) => context?.Connection.RemoteIpAddress?.ToString() ?? "inconnue";
}
