using System.Text;

namespace Roadmap.Application.Workshops.Room;

/// <summary>
/// Participants' words placed inside generated Markdown lines (after a list bullet, in a table
/// cell): the characters Markdown reads as inline markup or a cell end are escaped and line breaks
/// flattened, so an idea cannot break the minutes' layout. The renderer already keeps HTML out.
/// </summary>
internal static class MarkdownText
{
    private const string Special = "\\`*_[]<>|~";

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n')
            {
                builder.Append(' ');
                continue;
            }

            if (Special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString().Trim();
    }
}
