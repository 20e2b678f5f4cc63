using System.Text.RegularExpressions;

namespace Roadmap.Web.Tests.Account;

/// <summary>The links of a mail's plain-text part, as a person would copy them.</summary>
internal static partial class MailLinks
{
    /// <summary>The one absolute link of <paramref name="text"/> whose path starts with <paramref name="pathStart"/>.</summary>
    public static string Find(string? text, string pathStart) =>
        Assert.Single(Link().Matches(text ?? throw new ArgumentException("The mail has no text part.", nameof(text))).Select(m => m.Value), l => new Uri(l).PathAndQuery.StartsWith(pathStart, StringComparison.Ordinal));

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
