using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Roadmap.Web.Infrastructure;

/// <summary>
/// Join-code guessing, per address: only unknown codes count (<see cref="RateLimitOptions.WrongJoinCodesPerMinute"/>),
/// so a whole room typing the right code from one Wi-Fi is never held back; once an address has used
/// them up, every lookup from it (« /rejoindre », « /rejoindre/{code} », the hub's Join) waits for the window to end.
/// </summary>
internal sealed class JoinCodeGuesses(IOptions<RateLimitOptions> options) : IDisposable
{
    public const string Refusal = "Trop de codes d'atelier erronés depuis votre connexion. Patientez une minute avant de réessayer.";

    private readonly PartitionedRateLimiter<string> _wrongCodes = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.WrongJoinCodesPerMinute,
            Window = TimeSpan.FromMinutes(1),
        }));

    /// <summary>Null when the address may look a code up, else how long it should wait.</summary>
    public TimeSpan? WaitBeforeLookup(string address)
    {
        // Zero permits asks whether any are left without taking one.
        using var lease = _wrongCodes.AttemptAcquire(address, 0);
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    public void WrongCode(string address) => _wrongCodes.AttemptAcquire(address).Dispose();

    public void Dispose() => _wrongCodes.Dispose();
}
