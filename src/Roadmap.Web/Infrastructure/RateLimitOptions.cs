namespace Roadmap.Web.Infrastructure;

/// <summary>
/// The <c>RateLimits</c> configuration section (docs/decisions/011-request-limits.md). Addresses are
/// the client's as seen after the forwarded headers: behind a proxy, set <c>ForwardedHeaders:KnownProxies</c>.
/// </summary>
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>API writes per user (or address when anonymous) per minute.</summary>
    public int WritesPerMinute { get; set; } = 60;

    /// <summary>Account posts per address per minute: sign-in (page and API), registration, password forms.</summary>
    public int LoginsPerMinute { get; set; } = 10;

    /// <summary>Page form posts (any unsafe request outside /api and /hubs) per user, or address when anonymous, per minute.</summary>
    public int FormPostsPerMinute { get; set; } = 30;

    /// <summary>Unknown workshop codes tried per address per minute (page and hub); past it every lookup waits.</summary>
    public int WrongJoinCodesPerMinute { get; set; } = 20;

    /// <summary>Guest joins of the live room per address per minute: a whole room may share one Wi-Fi.</summary>
    public int GuestJoinsPerMinute { get; set; } = 120;

    /// <summary>Open hub connections per address on one node.</summary>
    public int HubConnectionsPerAddress { get; set; } = 200;
}
