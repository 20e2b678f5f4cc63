using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Infrastructure.Persistence.Search;

/// <summary>
/// SQL Server's full-text index on <c>Actions</c> (migration FullTextSearch): French word breaker and stemmer
/// (LANGUAGE 1036), accent-insensitive catalog, ranked by FREETEXTTABLE.
/// </summary>
internal sealed class SqlServerActionTextSearch(RoadmapDbContext db) : IActionTextSearch
{
    public IQueryable<ActionTextHit> Matching(IReadOnlyList<string> words)
    {
        var text = string.Join(' ', words);
        return db.Database.SqlQuery<ActionTextHit>(
            $"SELECT [KEY] AS ActionId, CAST([RANK] AS float) AS Rank FROM FREETEXTTABLE([Actions], ([Title], [Summary], [EasyRead]), {text}, LANGUAGE 1036)");
    }
}
