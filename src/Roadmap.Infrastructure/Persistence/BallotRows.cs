using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Infrastructure.Persistence;

/// <summary>
/// New ballots written set-based: one INSERT of up to <see cref="BallotsPerStatement"/> ballots, then one of their
/// choices. The statements are built from the model — table and column names, each column's type mapping with its
/// value converter — so every provider stores exactly what <c>SaveChanges</c> would; they go through EF Core's command
/// pipeline (its interceptors see them). A vote's writes pass one batch at a time per poll, and EF Core's per-entity
/// tracking and command building was most of each write's time (bench README, stop 41). The rows are not tracked.
/// </summary>
internal static class BallotRows
{
    /// <summary>Ballots per statement: SQL Server takes at most 2,100 parameters, a ballot needs 8 and its choices 3 each.</summary>
    public const int BallotsPerStatement = 100;

    public static async Task InsertAsync(RoadmapDbContext db, IReadOnlyCollection<Ballot> ballots, CancellationToken cancellationToken)
    {
        var ballot = db.Model.FindEntityType(typeof(Ballot)) ?? throw new InvalidOperationException("Ballot is not in the model.");
        var choice = ballot.FindNavigation(nameof(Ballot.Choices))?.TargetEntityType ?? throw new InvalidOperationException("Ballot.Choices is not in the model.");
        var choiceKey = choice.FindPrimaryKey()?.Properties ?? [];
        var owner = choice.FindOwnership()?.Properties ?? [];
        var sql = db.GetService<ISqlGenerationHelper>();
        using var factory = db.Database.GetDbConnection().CreateCommand();
        try
        {
            foreach (var chunk in ballots.Chunk(BallotsPerStatement))
            {
                await InsertAsync(db, sql, factory, ballot, [.. ballot.GetProperties()], chunk.Select(b => (Func<IProperty, object?>)(p => Value(p, b))), cancellationToken);
                var choices = chunk.SelectMany(b => b.Choices.Select(c => (Ballot: b, Choice: c))).ToList();
                if (choices.Count > 0)
                {
                    var columns = choice.GetProperties().Where(p => !choiceKey.Contains(p)).ToList();
                    await InsertAsync(db, sql, factory, choice, columns,
                        choices.Select(c => (Func<IProperty, object?>)(p => owner.Contains(p) ? c.Ballot.Id : Value(p, c.Choice))), cancellationToken);
                }
            }
        }
        catch (DbException refused)
        {
            // What SaveChanges throws for a row the database refuses (a twin ballot): the caller's fallback relies on it.
            throw new DbUpdateException("La base a refusé un bulletin du lot.", refused);
        }
    }

    private static async Task InsertAsync(RoadmapDbContext db, ISqlGenerationHelper sql, DbCommand factory, IEntityType type, List<IProperty> columns,
        IEnumerable<Func<IProperty, object?>> rows, CancellationToken cancellationToken)
    {
        var table = StoreObjectIdentifier.Table(type.GetTableName() ?? throw new InvalidOperationException($"{type.DisplayName()} has no table."), type.GetSchema());
        var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
            .AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table) ?? c.Name))).Append(") VALUES ");
        var parameters = new List<DbParameter>();
        foreach (var row in rows)
        {
            text.Append(parameters.Count == 0 ? "(" : ", (");
            for (var i = 0; i < columns.Count; i++)
            {
                var name = "b" + parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                text.Append(i == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                parameters.Add(columns[i].GetRelationalTypeMapping().CreateParameter(factory, sql.GenerateParameterName(name), row(columns[i]), columns[i].IsNullable));
            }

            text.Append(')');
        }

        await db.Database.ExecuteSqlRawAsync(text.Append(';').ToString(), parameters, cancellationToken);
    }

    private static object? Value(IProperty property, object entity) => property.GetGetter().GetClrValueUsingContainingEntity(entity);
}
