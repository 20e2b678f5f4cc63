using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Infrastructure.Persistence.Search;

/// <summary>
/// PostgreSQL's <c>"Actions"."SearchVector"</c>, a stored generated <c>tsvector</c> (migration FullTextSearch) with the
/// French configuration over unaccented text, the title weighted A and the rest B; GIN-indexed, ranked by ts_rank.
/// </summary>
internal sealed class PostgreSqlActionTextSearch(RoadmapDbContext db) : IActionTextSearch
{
    public IQueryable<ActionTextHit> Matching(IReadOnlyList<string> words)
    {
        var text = string.Join(' ', words);
        return db.Database.SqlQuery<ActionTextHit>($"""
            SELECT a."Id" AS "ActionId", ts_rank(a."SearchVector", q)::double precision AS "Rank"
            FROM "Actions" AS a, plainto_tsquery('french'::regconfig, roadmap_unaccent({text})) AS q
            WHERE a."SearchVector" @@ q
            """);
    }
}
