namespace Roadmap.Infrastructure.Persistence.Search;

/// <summary>
/// A light French stem for engines without a French stemmer (SQLite's FTS5): a folded word is cut where FTS5's
/// tokenizer cuts it, then loses its plural (s, x, « -aux » → « -a ») and a final e, and is searched as a prefix:
/// « numériques », « numérique » and « Numerique » all become <c>numeriqu*</c>.
/// </summary>
internal static class FrenchLightStem
{
    private const int Shortest = 4;

    public static IEnumerable<string> Terms(string foldedWord) =>
        foldedWord.Split([.. foldedWord.Where(c => !char.IsLetterOrDigit(c)).Distinct()], StringSplitOptions.RemoveEmptyEntries).Select(Stem);

    public static string Stem(string token)
    {
        if (token.Length < Shortest)
        {
            return token;
        }

        if (token.EndsWith("aux", StringComparison.Ordinal))
        {
            return token[..^2];
        }

        var stem = token[^1] is 's' or 'x' ? token[..^1] : token;
        return stem.Length >= Shortest && stem[^1] == 'e' ? stem[..^1] : stem;
    }
}
