using System.Text;

namespace Roadmap.Application.Workshops.Minutes;

/// <summary>
/// Participants' words placed inside generated Markdown lines (after a list bullet, in a table
/// cell) read literally: the characters Markdown reads as inline markup, a cell end or an entity are
/// backslash-escaped, line breaks flattened, and a leading block marker (« # », « - », « 1. ») is
/// escaped too. The autolink triggers are broken the same way — every « : » (so « https:// »,
/// « mailto: ») and the dot of « www. » — which renders the same characters but never a link: a
/// guest's name or an idea cannot plant a link in the official minutes. HTML is kept out by the renderer.
/// </summary>
internal static class MarkdownText
{
    private const string Special = "\\`*_[]<>|~&:";
    private const string BlockMarkers = "#-+=";

    public static string Escape(string text)
    {
        var flat = text.Replace('\r', ' ').Replace('\n', ' ').Trim();
        var builder = new StringBuilder(flat.Length + 8);
        for (var i = 0; i < flat.Length; i++)
        {
            var c = flat[i];
            if (Special.Contains(c, StringComparison.Ordinal) || (i == 0 && BlockMarkers.Contains(c, StringComparison.Ordinal))
                || (c == '.' && EndsWithWww(flat, i)) || (c is '.' or ')' && IsListNumber(flat, i)))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool EndsWithWww(string text, int dot) =>
        dot >= 3 && text.AsSpan(dot - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase);

    /// <summary>« 12. » or « 3) » opening the text would start an ordered list.</summary>
    private static bool IsListNumber(string text, int index) =>
        index > 0 && text[..index].All(char.IsAsciiDigit);
}
