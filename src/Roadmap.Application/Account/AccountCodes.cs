using System.Buffers.Text;
using System.Text;

namespace Roadmap.Application.Account;

/// <summary>
/// Identity's tokens as they travel in links: Base64Url of their UTF-8 bytes, so no character of the
/// token needs escaping and a truncated or edited link is told apart from an expired one.
/// </summary>
public static class AccountCodes
{
    public static string Encode(string token) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(token));

    /// <summary>The token, or null when <paramref name="code"/> is not one this site wrote.</summary>
    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
