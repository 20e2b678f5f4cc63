using Microsoft.AspNetCore.Diagnostics;
using Roadmap.Web.Errors;

namespace Roadmap.Web.Api;

/// <summary>
/// What the endpoints cannot answer themselves. Under /api/v1 every answer is JSON: an address no
/// endpoint serves (or an id its route constraint refused) is a 404 problem, not the pages' HTML,
/// and an answer the framework gave as a bare status (a challenge, a method the address does not
/// accept) gets its problem body too; the status pages stay out of /api/v1 (<see cref="KeepStatusPagesOffTheApi"/>).
/// A body the framework cannot read (bad JSON, wrong types, none at all) is the client's mistake:
/// one warning line, and a 400 problem under /api/v1 (elsewhere the status alone, for the status
/// pages) instead of an unhandled exception. Minimal APIs throw it in every environment for this
/// (<see cref="RouteHandlerOptions.ThrowOnBadRequest"/>, set by <see cref="ApiEndpoints.AddApi"/>).
/// </summary>
internal static partial class ApiEdges
{
    public static IApplicationBuilder UseApiEdges(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiEdges).FullName!);
        return app.Use(async (context, next) =>
        {
            var api = context.Request.Path.StartsWithSegments(ApiEndpoints.Prefix);
            if (api && context.GetEndpoint() is null)
            {
                await ApiProblems.From(Refusals.NoSuchAddress).ExecuteAsync(context);
                return;
            }

            try
            {
                await next(context);
                if (api && IsBareRefusal(context.Response))
                {
                    await ApiProblems.From(Refusals.ForStatus(context.Response.StatusCode)).ExecuteAsync(context);
                }
            }
            catch (BadHttpRequestException ex) when (!context.Response.HasStarted && Refusals.For(ex) is { } refusal)
            {
                Unreadable(logger, context.Request.Method, context.Request.Path, ex.Message);
                context.Response.Clear();
                context.Response.StatusCode = refusal.Status;
                if (api)
                {
                    await ApiProblems.From(refusal).ExecuteAsync(context);
                }
            }
        });
    }

    /// <summary>Placed right after the status pages: they answer with the site's HTML, and every API answer is JSON.</summary>
    public static IApplicationBuilder KeepStatusPagesOffTheApi(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Request.Path.StartsWithSegments(ApiEndpoints.Prefix) && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        return next(context);
    });

    private static bool IsBareRefusal(HttpResponse response) =>
        !response.HasStarted && response.StatusCode >= StatusCodes.Status400BadRequest && response.ContentType is null && response.ContentLength is null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unreadable request {Method} {Path}: {Reason}")]
    private static partial void Unreadable(ILogger logger, string method, string path, string reason);
}
