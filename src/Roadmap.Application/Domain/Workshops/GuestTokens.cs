using System.Security.Cryptography;
using System.Text;

namespace Roadmap.Application.Domain.Workshops;

/// <summary>
/// A signed-out guest is known by a random token the server hands out at join; only its hash is
/// stored, so a database leak does not let anyone speak as a guest.
/// </summary>
public static class GuestTokens
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
