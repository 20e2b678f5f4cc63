namespace Roadmap.Application.Common.Interfaces;

/// <summary>
/// Free text through the database's own full-text engine: case and accents ignored, French words found by their
/// stem (« numériques » finds « numérique »), kept in sync with every write by the database itself. The query
/// composes with the other queries of the scope's DbContext, so the filter, the order and the page stay in SQL.
/// </summary>
public interface IActionTextSearch
{
    /// <summary>The actions holding the <paramref name="words"/> (folded, as <c>TextMatch.Words</c> gives them) in their title, summary or « En bref », with a rank: the higher, the more relevant.</summary>
    IQueryable<ActionTextHit> Matching(IReadOnlyList<string> words);
}
