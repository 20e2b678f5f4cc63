using System.Text.RegularExpressions;
using Roadmap.Application.Common;
using Roadmap.Application.Workshops.Minutes;

namespace Roadmap.Application.PersonalData.DeleteMyAccount;

/// <summary>
/// Takes a person's names out of minutes' Markdown: each name as the generator wrote it (escaped, see
/// <see cref="MarkdownText"/>) and as typed, whole words only and in any case (a facilitator may have
/// retyped it), becomes « Participant·e supprimé·e ». Longer names go first, so « Anne Martin » is not
/// left half-replaced by « Anne ».
/// </summary>
internal static class MinutesRedaction
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public static string Redact(string markdown, IEnumerable<string> names)
    {
        var variants = names
            .Select(n => n.Trim())
            .Where(n => n.Length > 0 && n != ParticipantNames.Deleted)
            .SelectMany(n => new[] { MarkdownText.Escape(n), n })
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(n => n.Length);
        foreach (var name in variants)
        {
            var wholeWord = $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(name)}(?![\p{{L}}\p{{N}}])";
            markdown = Regex.Replace(markdown, wholeWord, ParticipantNames.Deleted, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
        }

        return markdown;
    }
}
