using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Infrastructure.Markdown;

public static class MarkdownServiceCollectionExtensions
{
    // Singleton: the pipeline and sanitiser are built once, and the cache in front of them is shared by all requests.
    public static IServiceCollection AddMarkdown(this IServiceCollection services)
    {
        services.AddSingleton<IMarkdownRenderer>(_ => new CachedMarkdownRenderer(new MarkdigMarkdownRenderer()));
        return services;
    }
}
