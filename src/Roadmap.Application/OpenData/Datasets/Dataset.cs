using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.OpenData.Datasets;

/// <summary>
/// A dataset of a roadmap: its columns (each a <see cref="DatasetField"/> and how to read it from a row),
/// its version, and its rows streamed from the database. Only what the public sees on the site goes in.
/// </summary>
internal abstract class Dataset<TRow>(string name, string title, string description) : IDataset
{
    private DatasetDefinition? _definition;

    public DatasetDefinition Definition => _definition ??= new(name, title, description, [.. Columns.Select(c => c.Field)], Columns[0].Field.Name);

    /// <summary>The columns in order; the first is the primary key.</summary>
    protected abstract IReadOnlyList<Column> Columns { get; }

    /// <summary>What dates and counts tell of the rows, signed with the roadmap's title and the names of <see cref="Names"/>.</summary>
    public async Task<DatasetVersion> VersionAsync(IRoadmapDbContext db, TerritorialRoadmap roadmap, CancellationToken cancellationToken)
    {
        var version = await CountAsync(db, roadmap, cancellationToken);
        var names = Names(db, roadmap) is { } query ? await query.ToListAsync(cancellationToken) : [];
        return version.Signed([roadmap.Title, .. names]);
    }

    /// <summary>The rows' number, their latest change and a revision for what neither shows (see <see cref="DatasetVersion"/>).</summary>
    protected abstract Task<DatasetVersion> CountAsync(IRoadmapDbContext db, TerritorialRoadmap roadmap, CancellationToken cancellationToken);

    /// <summary>The names the rows show that no date of theirs follows; null when every shown text is dated.</summary>
    protected virtual IQueryable<string>? Names(IRoadmapDbContext db, TerritorialRoadmap roadmap) => null;

    /// <summary>The rows as the database sends them (projected, not tracked, never gathered in a list).</summary>
    protected abstract IAsyncEnumerable<TRow> Query(IRoadmapDbContext db, TerritorialRoadmap roadmap, CancellationToken cancellationToken);

    public async IAsyncEnumerable<object?[]> RowsAsync(IRoadmapDbContext db, TerritorialRoadmap roadmap, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var columns = Columns;
        await foreach (var row in Query(db, roadmap, cancellationToken).WithCancellation(cancellationToken))
        {
            var cells = new object?[columns.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = columns[i].Value(row);
            }

            yield return cells;
        }
    }

    protected sealed record Column(DatasetField Field, Func<TRow, object?> Value);

    protected static Column Col(string name, FieldType type, string title, string description, Func<TRow, object?> value, bool required = false) =>
        new(new DatasetField(name, type, title, description, required), value);
}

/// <summary>A dataset whatever its row type, as <see cref="OpenDatasets"/> lists them.</summary>
internal interface IDataset
{
    DatasetDefinition Definition { get; }

    Task<DatasetVersion> VersionAsync(IRoadmapDbContext db, TerritorialRoadmap roadmap, CancellationToken cancellationToken);

    /// <summary>Each row's cells in the order of <see cref="DatasetDefinition.Fields"/>.</summary>
    IAsyncEnumerable<object?[]> RowsAsync(IRoadmapDbContext db, TerritorialRoadmap roadmap, CancellationToken cancellationToken);
}
