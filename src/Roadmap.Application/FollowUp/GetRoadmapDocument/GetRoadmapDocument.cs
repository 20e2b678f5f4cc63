using MediatR;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.FollowUp.GetRoadmapDocument;

/// <summary>The adopted roadmap for its print page, Markdown rendered to safe HTML. Public, like the roadmap.</summary>
public sealed record GetRoadmapDocument(string Slug) : IQuery<RoadmapDocument>;

internal sealed class GetRoadmapDocumentHandler(IRoadmapDbContext db, IMarkdownRenderer markdown) : IRequestHandler<GetRoadmapDocument, RoadmapDocument>
{
    public Task<RoadmapDocument> Handle(GetRoadmapDocument request, CancellationToken cancellationToken) =>
        RoadmapDocumentQuery.LoadAsync(db, request.Slug, markdown.ToSafeHtml, cancellationToken);
}
