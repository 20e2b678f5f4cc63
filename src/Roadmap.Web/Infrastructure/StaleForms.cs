using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace Roadmap.Web.Infrastructure;

/// <summary>
/// A page's form can go stale: another facilitator closed the poll whose « Clore » button this page
/// still shows, a comment was deleted under an open reply form, the antiforgery token expired. Blazor
/// then answers a bare 400 (no form of that name, or a bad token). For a form posted to a page, that
/// 400 becomes a redirect to the same page, up to date, which says in French what happened
/// (<see cref="QueryKey"/>=<see cref="Stale"/>, shown by the layout). Nothing was saved by the stale post.
/// </summary>
internal static class StaleForms
{
    public const string QueryKey = "formulaire";
    public const string Stale = "perime";

    public static IApplicationBuilder UseStaleFormRedirect(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // Not HasFormContentType: it throws on a request whose antiforgery token was refused.
        // Nor a status code page re-executed for another endpoint's 400 (the sign-out's, for one).
        if (!HttpMethods.IsPost(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is null
            || !IsForm(context.Request.ContentType) || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            await next(context);
            return;
        }

        // Form posts to pages are rare and their answers small: hold the answer until we know its status.
        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode == StatusCodes.Status400BadRequest)
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.Response.Headers.Location = UpToDate(context.Request);
            return;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    });

    private static bool IsForm(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase));

    private static string UpToDate(HttpRequest request)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(p => p.Key != QueryKey)
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new KeyValuePair<string, string?>(QueryKey, Stale));
        return $"{request.PathBase}{request.Path}{QueryString.Create(query).ToUriComponent()}";
    }
}
