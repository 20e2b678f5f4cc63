namespace Roadmap.Application.Domain.Actions;

/// <summary>
/// The shape of an « En bref »: plain text, one short sentence per line as easy-to-read French asks.
/// Line breaks are kept (CR/LF and CR become LF, so a browser's CRLF does not count twice against the limit),
/// each line is trimmed, other control characters (tabs) become spaces and empty lines are dropped. Never Markdown nor HTML:
/// pages encode it like any text.
/// </summary>
public static class EasyReadText
{
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var lines = text.ReplaceLineEndings("\n").Split('\n')
            .Select(line => new string([.. line.Select(c => char.IsControl(c) ? ' ' : c)]).Trim())
            .Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }

    /// <summary>The lines of a normalised text, as the action page shows them (one paragraph each).</summary>
    public static IReadOnlyList<string> Lines(string text) =>
        text.Length == 0 ? [] : text.Split('\n');

    /// <summary>On one line, for a card or a meta description.</summary>
    public static string OnOneLine(string text) => text.Replace('\n', ' ');
}
