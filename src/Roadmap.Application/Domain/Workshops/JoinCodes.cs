using System.Security.Cryptography;

namespace Roadmap.Application.Domain.Workshops;

/// <summary>
/// Short codes read aloud in a room or typed on a phone: six characters from an alphabet without
/// the letters and digits people confuse (0/O, 1/I/L).
/// </summary>
public static class JoinCodes
{
    public const int Length = 6;
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New()
    {
        Span<char> code = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(code);
    }

    /// <summary>What people type (« abc 23k », « ABC-23K ») in the stored form, or null when it cannot be a code.</summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null)
        {
            return null;
        }

        var code = new string([.. typed.Where(c => c is not (' ' or '-')).Select(char.ToUpperInvariant)]);
        return code.Length == Length && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? code : null;
    }
}
