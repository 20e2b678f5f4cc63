using System.Buffers.Binary;

namespace Roadmap.Application.Actions.SearchActions;

/// <summary>
/// The random order: each action gets a key hashed from its id and the visitor's seed (splitmix64),
/// the same on every server and after every restart, so a seed always gives the same order.
/// </summary>
internal static class StableShuffle
{
    public static ulong Key(Guid id, int seed)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        var low = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        var high = BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]);
        return Mix(low ^ Mix(high ^ Mix((ulong)(uint)seed)));
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
