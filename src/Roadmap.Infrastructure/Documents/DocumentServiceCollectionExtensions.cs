using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Infrastructure.Documents;

public static class DocumentServiceCollectionExtensions
{
    // Stateless: one writer serves every download.
    public static IServiceCollection AddDocuments(this IServiceCollection services) =>
        services.AddSingleton<IRoadmapDocumentWriter, OpenXmlRoadmapDocumentWriter>();
}
