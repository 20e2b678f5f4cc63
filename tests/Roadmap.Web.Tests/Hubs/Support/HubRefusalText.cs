using Microsoft.AspNetCore.SignalR;

namespace Roadmap.Web.Tests.Hubs.Support;

/// <summary>
/// What a participant reads of a refused call: the French sentence after SignalR's
/// « … HubException: » preamble, as <c>workshop-live.js</c> shows it.
/// </summary>
public static class HubRefusalText
{
    private const string Marker = "HubException: ";

    public static string Shown(this HubException refusal)
    {
        var at = refusal.Message.IndexOf(Marker, StringComparison.Ordinal);
        return at < 0 ? refusal.Message : refusal.Message[(at + Marker.Length)..];
    }
}
