using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Infrastructure.Markdown;

public static class MarkdownServiceCollectionExtensions
{
    // Singleton: the renderer is stateless and its pipeline and sanitiser are built once.
    public static IServiceCollection AddMarkdown(this IServiceCollection services)
    {
        services.AddSingleton<IMarkdownRenderer, MarkdigMarkdownRenderer>();
        return services;
    }
}
