namespace Roadmap.Web.Realtime;

/// <summary>The <c>SignalR</c> configuration section.</summary>
internal sealed class RealtimeOptions
{
    public const string Section = "SignalR";

    /// <summary>Redis connection string: when set, the Redis backplane carries events between web nodes.</summary>
    public string? Redis { get; set; }

    /// <summary>
    /// Starts every channel and key this app uses in that Redis (the backplane's channels, the page cache's keys, the
    /// shared generation): deployments sharing one Redis server each need their own.
    /// </summary>
    public string RedisPrefix { get; set; } = "roadmap";

    /// <summary>Origins (scheme://host[:port]) allowed to open the hub besides the site itself.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>How often coalesced events (results, presence, idea updates) are flushed.</summary>
    public int CoalesceMilliseconds { get; set; } = 200;

    /// <summary>
    /// The least time between two <c>PresenceChanged</c> of one room. Presence is a count people glance at; a crowd
    /// joining, or coming back after a dropped network, changed it at every flush and sent it to the whole room each
    /// time (issue 14). A change in a quiet room still goes out at the next flush.
    /// </summary>
    public int PresenceMilliseconds { get; set; } = 1000;

    /// <summary>
    /// The least time between two <c>PollResults</c> of an open poll to those of its voters whose ballot an earlier tally
    /// already counted (decision 055). A new ballot's voter gets the next flush's tally, counting it, and the
    /// facilitators every flush; a vote's whole room re-sent its running tally five times a second (issue 14).
    /// </summary>
    public int VoterResultsMilliseconds { get; set; } = 1000;

    /// <summary>Largest message a client may send (ballots, ideas and polls are far smaller).</summary>
    public long MaximumReceiveMessageSize { get; set; } = 32 * 1024;

    /// <summary>How often each node closes the connections of accounts whose session ended (see SessionSweeper).</summary>
    public int SessionSweepSeconds { get; set; } = 30;

    /// <summary>Per-connection limits by hub method (burst, then tokens per minute); a method not named here is not limited.</summary>
    public Dictionary<string, HubRateLimit> RateLimits { get; set; } = new(StringComparer.Ordinal)
    {
        ["Join"] = new(5, 6),
        ["GetState"] = new(10, 30),
        ["RaiseHand"] = new(5, 12),
        ["LowerHand"] = new(5, 12),
        ["PostIdea"] = new(5, 6),
        ["UpvoteIdea"] = new(20, 120),
        ["CastBallot"] = new(10, 120),
        ["React"] = new(10, 120),
    };
}

/// <summary>A token bucket (<c>TokenBucketRateLimiter</c>): <see cref="Burst"/> calls at once, refilled at <see cref="PerMinute"/>.</summary>
internal sealed record HubRateLimit(int Burst, int PerMinute)
{
    public HubRateLimit()
        : this(10, 60)
    {
    }
}
