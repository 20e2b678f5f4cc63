using System.Threading.RateLimiting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Web.Infrastructure;
using Roadmap.Web.Realtime;

namespace Roadmap.Web.Hubs;

/// <summary>
/// The hub's call limits: a token bucket per connection and method (<c>SignalR:RateLimits</c>), and
/// for <c>Join</c> the address's limits too — guest joins (<see cref="RateLimitOptions.GuestJoinsPerMinute"/>)
/// and unknown codes (<see cref="JoinCodeGuesses"/>), so that reconnecting does not reset them.
/// </summary>
internal sealed class HubRateLimiter : IDisposable
{
    private const string Join = nameof(WorkshopHub.Join);

    private readonly PartitionedRateLimiter<(string ConnectionId, string Method)> _calls;
    private readonly PartitionedRateLimiter<string> _guestJoins;
    private readonly JoinCodeGuesses _guesses;

    public HubRateLimiter(IOptions<RealtimeOptions> realtime, IOptions<RateLimitOptions> limits, JoinCodeGuesses guesses)
    {
        _guesses = guesses;
        _calls = PartitionedRateLimiter.Create<(string ConnectionId, string Method), (string, string)>(call =>
            realtime.Value.RateLimits.TryGetValue(call.Method, out var limit)
                ? RateLimitPartition.GetTokenBucketLimiter(call, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limit.Burst,
                    TokensPerPeriod = 1,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1) / Math.Max(1, limit.PerMinute),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(call));
        _guestJoins = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(
            address, _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.Value.GuestJoinsPerMinute, Window = TimeSpan.FromMinutes(1) }));
    }

    /// <summary>Null when the call may go on, else the French refusal.</summary>
    public string? Refusal(HubInvocationContext invocation)
    {
        var context = invocation.Context;
        using (var call = _calls.AttemptAcquire((context.ConnectionId, invocation.HubMethodName)))
        {
            if (!call.IsAcquired)
            {
                return HubErrors.TooFast;
            }
        }

        if (invocation.HubMethodName != Join)
        {
            return null;
        }

        var address = ClientAddress.Of(context.GetHttpContext());
        if (_guesses.WaitBeforeLookup(address) is not null)
        {
            return JoinCodeGuesses.Refusal;
        }

        if (context.User?.Identity?.IsAuthenticated == true)
        {
            return null;
        }

        using var guestJoin = _guestJoins.AttemptAcquire(address);
        return guestJoin.IsAcquired ? null : HubErrors.TooManyGuests;
    }

    /// <summary>An unknown code given to <c>Join</c> counts as a guess, like on the « Rejoindre » page.</summary>
    public void Failed(HubInvocationContext invocation, Exception exception)
    {
        if (invocation.HubMethodName == Join && exception is NotFoundException)
        {
            _guesses.WrongCode(ClientAddress.Of(invocation.Context.GetHttpContext()));
        }
    }

    public void Dispose()
    {
        _calls.Dispose();
        _guestJoins.Dispose();
    }
}
