using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.OpenData.Datasets;

namespace Roadmap.Application.OpenData.ListDatasets;

/// <summary>The open datasets of a roadmap with their size and last update; public, the same for everyone.</summary>
public sealed record ListDatasets(string Slug) : IQuery<DatasetCatalogue>;

/// <summary>Every dataset is published under <see cref="LicenceTitle"/> (<see cref="LicenceUrl"/>).</summary>
public sealed record DatasetCatalogue(
    string RoadmapSlug, string RoadmapTitle, bool SupportCountsHidden, string LicenceTitle, string LicenceUrl, IReadOnlyList<DatasetSummary> Datasets);

/// <summary>A dataset's description and state: <see cref="Rows"/> is the number of data rows of its files.</summary>
public sealed record DatasetSummary(string Name, string Title, string Description, int Rows, DateTimeOffset? LastModified);

internal sealed class ListDatasetsHandler(IRoadmapDbContext db) : IRequestHandler<ListDatasets, DatasetCatalogue>
{
    public async Task<DatasetCatalogue> Handle(ListDatasets request, CancellationToken cancellationToken)
    {
        var roadmap = await DatasetRoadmaps.LoadAsync(db, request.Slug, cancellationToken);
        var datasets = new List<DatasetSummary>();
        foreach (var dataset in OpenDatasets.All)
        {
            var version = await dataset.VersionAsync(db, roadmap, cancellationToken);
            var definition = dataset.Definition;
            datasets.Add(new DatasetSummary(definition.Name, definition.Title, definition.Description, version.Rows, version.LastModified));
        }

        return new DatasetCatalogue(roadmap.Slug, roadmap.Title, roadmap.HidesSupportCounts, OpenLicence.Title, OpenLicence.Url, datasets);
    }
}
