using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Roadmap.Application.FollowUp.ImportValues;
using Roadmap.Application.Common;
using Roadmap.Web.Hubs;

namespace Roadmap.Web.Infrastructure;

/// <summary>
/// One small body limit for the API's JSON and the pages' forms (<c>RequestLimits:MaxBodyBytes</c>),
/// enforced before anything reads the body: a declared length over it is refused at once; a streamed
/// body is cut when it passes it (Kestrel's own limit is lowered to match; the stream wrapper does the
/// same under the test server, which has no such limit). Either way the answer is a French 413. The hub
/// is left to SignalR's message size limit. An endpoint that takes a file says its own limit with
/// <see cref="IRequestSizeLimitMetadata"/> (<see cref="ValuesFileBytes"/>).
/// </summary>
internal static class RequestBodyLimits
{
    public const string Key = "RequestLimits:MaxBodyBytes";

    /// <summary>Text at the Markdown renderer's cap even at 3 bytes a character; a validated field (≤ 20 000) even fully escaped.</summary>
    public const long DefaultMaxBodyBytes = MarkdownLimits.MaxInputLength * 3L;

    /// <summary>A CSV of measured values at its size limit, and the form or headers around it.</summary>
    public const long ValuesFileBytes = ImportValues.MaxBytes + 64 * 1024;

    public static IApplicationBuilder UseRequestBodyLimits(this IApplicationBuilder app)
    {
        var defaultLimit = app.ApplicationServices.GetRequiredService<IConfiguration>().GetValue(Key, DefaultMaxBodyBytes);
        return app.Use(async (context, next) =>
        {
            var request = context.Request;
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? defaultLimit;
            if (request.Path.StartsWithSegments(WorkshopHubEndpoints.PathPrefix) || SafeMethods.Is(request.Method))
            {
                await next(context);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
            {
                server.MaxRequestBodySize = limit;
            }

            if (request.ContentLength > limit)
            {
                await FrenchRefusal.TooLargeAsync(context, limit);
                return;
            }

            var body = new LengthLimitedStream(request.Body, limit);
            request.Body = body;
            try
            {
                await next(context);
            }
            catch (Exception) when (body.Exceeded && !context.Response.HasStarted)
            {
                // Thrown by whoever was reading (the form reader, say): the answer below says why.
            }

            if (body.Exceeded && !context.Response.HasStarted)
            {
                context.Response.Clear();
                await FrenchRefusal.TooLargeAsync(context, limit);
            }
        });
    }
}
