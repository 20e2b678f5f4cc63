using Microsoft.Extensions.Options;
using Roadmap.Web.Infrastructure;
using Roadmap.Web.Realtime;

namespace Roadmap.Web.Hubs;

internal static class WorkshopHubEndpoints
{
    public const string PathPrefix = "/hubs";
    public const string Path = "/hubs/workshop";

    /// <summary>
    /// Maps <see cref="WorkshopHub"/>. A browser request (negotiate, WebSocket upgrade, long polling)
    /// carrying an Origin is accepted only from the site itself or from <c>SignalR:AllowedOrigins</c>,
    /// so another site cannot drive the room with a visitor's cookie. Clients without an Origin (the
    /// .NET client, the benchmark) are not browsers and carry their own credentials.
    /// </summary>
    public static IEndpointRouteBuilder MapWorkshopHub(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<RealtimeOptions>>();
        endpoints.MapHub<WorkshopHub>(Path)
            .RequireAuthorization(RealtimeServiceCollectionExtensions.HubPolicy)
            .Add(endpoint =>
            {
                var next = endpoint.RequestDelegate!;
                endpoint.RequestDelegate = context => IsAllowedOrigin(context.Request, options.Value.AllowedOrigins)
                    ? next(context)
                    : Results.Problem(detail: "Cette origine n'est pas autorisée à rejoindre les ateliers.", statusCode: StatusCodes.Status403Forbidden, title: "Origine refusée")
                        .ExecuteAsync(context);
            });
        return endpoints;
    }

    internal static bool IsAllowedOrigin(HttpRequest request, IReadOnlyCollection<string> allowed)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        return SameOrigin.Is(request, origin) || allowed.Any(a => string.Equals(a.TrimEnd('/'), origin.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
    }
}
