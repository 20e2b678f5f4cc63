using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Roadmap.Infrastructure.DataProtection;

/// <summary>
/// Keeps a data-protection key ready well before it is needed, so that the key ring never has to write a
/// key while a request makes a token. Data Protection would otherwise create the first key, and each
/// successor, lazily inside the first Protect call that needs it — on SQLite, inside a use case's
/// transaction, that write waits for the write gate the transaction holds (docs/decisions/008-accounts-and-keys.md).
/// </summary>
/// <param name="clock">The clock Data Protection itself reads: the system's.</param>
internal sealed class KeyRingAhead(IKeyManager keys, IOptions<KeyManagementOptions> options, TimeProvider clock)
{
    /// <summary>A successor is created when the ring runs out within this margin; maintenance runs far more often.</summary>
    public static readonly TimeSpan Lead = TimeSpan.FromDays(14);

    /// <summary>Creates the next key if the ring ends within <see cref="Lead"/>; says whether it did.</summary>
    public bool Ensure()
    {
        var now = clock.GetUtcNow();
        var usable = keys.GetAllKeys().Where(k => !k.IsRevoked && k.ExpirationDate > now).ToList();
        var end = usable.Count == 0 ? now : usable.Max(k => k.ExpirationDate);
        if (end - now > Lead)
        {
            return false;
        }

        // The successor takes over exactly when the ring would end: no gap, and no early switch that a
        // second node would not know yet (it reads the ring again before then).
        keys.CreateNewKey(activationDate: end, expirationDate: end + options.Value.NewKeyLifetime);
        return true;
    }
}
