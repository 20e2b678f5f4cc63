using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Infrastructure.Persistence.Search;

/// <summary>
/// SQLite's FTS5 table <c>ActionSearch</c> (migration FullTextSearch): accents removed by its tokenizer, ligatures
/// spelt out by the triggers that fill it. FTS5 has no French stemmer, so each word becomes a prefix query on its
/// light stem (<see cref="FrenchLightStem"/>). Ranked by bm25, a title hit weighing ten times a summary hit.
/// </summary>
internal sealed class SqliteActionTextSearch(RoadmapDbContext db) : IActionTextSearch
{
    public IQueryable<ActionTextHit> Matching(IReadOnlyList<string> words)
    {
        var terms = words.SelectMany(FrenchLightStem.Terms).Distinct().Select(t => $"\"{t}\"*").ToList();
        if (terms.Count == 0)
        {
            return db.Database.SqlQuery<ActionTextHit>($"SELECT Id AS ActionId, 0.0 AS Rank FROM Actions WHERE 0");
        }

        var match = string.Join(' ', terms);
        return db.Database.SqlQuery<ActionTextHit>(
            $"SELECT ActionId, -bm25(ActionSearch, 0.0, 10.0, 1.0, 1.0) AS Rank FROM ActionSearch WHERE ActionSearch MATCH {match}");
    }
}
