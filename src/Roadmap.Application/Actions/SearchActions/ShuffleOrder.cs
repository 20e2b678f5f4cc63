using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.Actions.SearchActions;

/// <summary>
/// The random order: each action's <see cref="RoadmapAction.ShuffleKey"/> k goes to (a·k + b) mod p, p the keys' prime
/// modulus, a in [1, p − 1] and b in [0, p − 1] hashed from the visitor's seed (splitmix64). With p prime the map is a
/// bijection of the keys, so a seed gives one order, the same on every page, server and restart; the database computes
/// it, in 64 bits since a·k + b stays below 2^63.
/// </summary>
internal readonly record struct ShuffleOrder(long Multiplier, long Offset)
{
    public const long Modulus = RoadmapAction.ShuffleKeyModulus;

    public static ShuffleOrder For(int seed)
    {
        var mixed = Mix((ulong)(uint)seed);
        return new ShuffleOrder((long)(mixed % (Modulus - 1)) + 1, (long)(Mix(mixed) % Modulus));
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
