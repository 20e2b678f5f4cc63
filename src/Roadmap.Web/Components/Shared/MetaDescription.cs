using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Roadmap.Web.Components.Shared;

/// <summary>
/// The French <c>&lt;meta name="description"&gt;</c> of a page, from its content: plain text (tags, entities
/// and Markdown marks removed), on one line, cut on a word near <see cref="MaxLength"/>. Parts are joined
/// until the text says enough (<see cref="MinLength"/>): the page's own words first, then its context.
/// </summary>
public static partial class MetaDescription
{
    public const int MinLength = 50;

    /// <summary>What search engines show of a description, roughly.</summary>
    public const int MaxLength = 160;

    public static string From(params string?[] parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts.Select(Plain).Where(p => p.Length > 0))
        {
            if (text.Length >= MinLength)
            {
                break;
            }

            text.Append(text.Length == 0 ? "" : " ").Append(part);
        }

        return Cut(text.ToString());
    }

    /// <summary>Text of an HTML fragment or a Markdown text: tags dropped, entities decoded, Markdown marks and links' targets removed.</summary>
    public static string Plain(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var noTags = WebUtility.HtmlDecode(Tags().Replace(text, " "));
        var noLinks = MarkdownLink().Replace(noTags, "$1");
        var noMarks = Marks().Replace(noLinks, " ");
        return Spaces().Replace(noMarks, " ").Trim();
    }

    private static string Cut(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var cut = text[..(MaxLength - 1)];
        var lastSpace = cut.LastIndexOf(' ');
        return (lastSpace > MaxLength / 2 ? cut[..lastSpace] : cut).TrimEnd(' ', ',', ';', ':', '—', '-') + "…";
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    /// <summary>Emphasis, headings, code, quotes and what is left of markup: never useful in a snippet.</summary>
    [GeneratedRegex(@"[*_#`<>|~]+")]
    private static partial Regex Marks();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
