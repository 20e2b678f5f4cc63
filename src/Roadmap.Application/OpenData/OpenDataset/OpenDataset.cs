using MediatR;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.OpenData.Datasets;

namespace Roadmap.Application.OpenData.OpenDataset;

/// <summary>
/// One dataset of a roadmap, to be written out: its definition, its version (for <c>ETag</c> and
/// <c>Last-Modified</c>) and its rows. The rows are read from the database only while
/// <see cref="DatasetDownload.Rows"/> is enumerated, on the request's DbContext: enumerate them before
/// the request ends, and not at all when the caller already has this version.
/// </summary>
public sealed record OpenDataset(string Slug, string Name) : IQuery<DatasetDownload>;

public sealed record DatasetDownload(string RoadmapSlug, DatasetDefinition Definition, DatasetVersion Version, IAsyncEnumerable<object?[]> Rows);

internal sealed class OpenDatasetHandler(IRoadmapDbContext db) : IRequestHandler<OpenDataset, DatasetDownload>
{
    public async Task<DatasetDownload> Handle(OpenDataset request, CancellationToken cancellationToken)
    {
        var dataset = OpenDatasets.Named(request.Name) ?? throw new NotFoundException("Le jeu de données", request.Name);
        var roadmap = await DatasetRoadmaps.LoadAsync(db, request.Slug, cancellationToken);
        var version = await dataset.VersionAsync(db, roadmap, cancellationToken);
        return new DatasetDownload(roadmap.Slug, dataset.Definition, version, dataset.RowsAsync(db, roadmap, cancellationToken));
    }
}
