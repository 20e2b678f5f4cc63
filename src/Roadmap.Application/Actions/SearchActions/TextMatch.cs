using System.Globalization;
using System.Text;

namespace Roadmap.Application.Actions.SearchActions;

/// <summary>
/// Free text that ignores case and accents on SQLite, PostgreSQL and SQL Server alike, without a
/// search column: the database narrows with <c>lower(column) LIKE pattern</c>, where every letter
/// that may carry an accent (or change case outside ASCII) is a one-character wildcard
/// (« école » → <c>%___l_%</c>); the exact comparison of folded texts then runs in memory on
/// that shorter list. Every word must appear in the title or the summary.
/// </summary>
internal static class TextMatch
{
    public const int MaxLength = SearchActions.QMaxLength;

    /// <summary>Letters with no accented form in French and digits: the only characters kept in the pattern.</summary>
    private const string Stable = "bdfghjklmpqrstvwxz0123456789";

    private static readonly char[] Separators = [' ', '\t', '\r', '\n', ',', ';', '"', '«', '»', '\u00A0', '\u202F'];

    public static IReadOnlyList<string> Words(string? query) =>
        string.IsNullOrWhiteSpace(query)
            ? []
            : Fold(query).Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Lower case, accents removed, ligatures spelt out, typographic apostrophes made straight.</summary>
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c < 128)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
            else if (c < FoldedChars.Length)
            {
                folded.Append(FoldedChars[c]);
            }
            else
            {
                folded.Append(c is '’' or '‘' ? "'" : FoldChar(c));
            }
        }

        return folded.ToString();
    }

    /// <summary>Latin letters and combining accents, folded once: the search folds thousands of texts per request.</summary>
    private static readonly string[] FoldedChars = Enumerable.Range(0, 0x370).Select(c => FoldChar((char)c)).ToArray();

    private static string FoldChar(char c)
    {
        if (char.IsSurrogate(c))
        {
            return c.ToString(); // half of an emoji: kept as is (normalising it alone would throw)
        }

        var folded = new StringBuilder(2);
        foreach (var part in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(char.ToLowerInvariant(part) switch
            {
                'œ' => "oe",
                'æ' => "ae",
                '’' or '‘' or 'ʼ' => "'",
                var lower => lower.ToString(),
            });
        }

        return folded.ToString();
    }

    /// <summary>
    /// A LIKE pattern that matches at least every text whose folded form contains <paramref name="word"/>.
    /// It holds only ASCII consonants, digits, <c>_</c> and <c>%</c>, so nothing needs escaping on any provider.
    /// </summary>
    public static string LikePattern(string word)
    {
        var pattern = new StringBuilder("%", word.Length + 2);
        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] is 'o' or 'a' && i + 1 < word.Length && word[i + 1] == 'e')
            {
                pattern.Append('%'); // « oe » may be stored as « œ », one character
                i++;
            }
            else
            {
                pattern.Append(Stable.Contains(word[i], StringComparison.Ordinal) ? word[i] : '_');
            }
        }

        return pattern.Append('%').ToString();
    }

    public static bool Matches(IReadOnlyList<string> words, string title, string summary)
    {
        var foldedTitle = Fold(title);
        var foldedSummary = Fold(summary);
        return words.All(w => foldedTitle.Contains(w, StringComparison.Ordinal) || foldedSummary.Contains(w, StringComparison.Ordinal));
    }
}
