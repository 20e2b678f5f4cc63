using MediatR;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.FollowUp.GetRoadmapDocument;

/// <summary>
/// The adopted roadmap as an editable Word file (.docx). The data is read when the request is sent;
/// the file is written when the caller hands a stream to <see cref="RoadmapDocumentFile.WriteToAsync"/>.
/// </summary>
public sealed record ExportRoadmapDocument(string Slug) : IQuery<RoadmapDocumentFile>;

public sealed class RoadmapDocumentFile(RoadmapDocument document, IRoadmapDocumentWriter writer)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public string FileName => $"feuille-de-route-{document.Slug}.docx";

    public Task WriteToAsync(Stream output, CancellationToken cancellationToken) => writer.WriteAsync(document, output, cancellationToken);
}

internal sealed class ExportRoadmapDocumentHandler(IRoadmapDbContext db, IRoadmapDocumentWriter writer) : IRequestHandler<ExportRoadmapDocument, RoadmapDocumentFile>
{
    public async Task<RoadmapDocumentFile> Handle(ExportRoadmapDocument request, CancellationToken cancellationToken) =>
        new(await RoadmapDocumentQuery.LoadAsync(db, request.Slug, _ => "", cancellationToken), writer);
}
