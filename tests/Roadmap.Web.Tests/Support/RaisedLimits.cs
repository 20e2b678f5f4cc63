namespace Roadmap.Web.Tests.Support;

/// <summary>
/// The suites make many requests from one address in one test host: the per-address and per-user
/// limits are lifted for them. The attack tests keep the real defaults (the factories' <c>RealLimits</c>).
/// </summary>
public static class RaisedLimits
{
    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["RateLimits:WritesPerMinute"] = "100000",
        ["RateLimits:LoginsPerMinute"] = "100000",
        ["RateLimits:FormPostsPerMinute"] = "100000",
        ["RateLimits:WrongJoinCodesPerMinute"] = "100000",
        ["RateLimits:GuestJoinsPerMinute"] = "100000",
        ["RateLimits:HubConnectionsPerAddress"] = "100000",
    };
}
