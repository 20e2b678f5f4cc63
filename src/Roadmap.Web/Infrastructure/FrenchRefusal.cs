using System.Globalization;

namespace Roadmap.Web.Infrastructure;

/// <summary>
/// A refusal decided before any page or endpoint runs (too many requests, a body too large), in
/// French: an RFC 7807 problem under /api, a small HTML page elsewhere (the pages' forms and links).
/// </summary>
internal static class FrenchRefusal
{
    public const string TooManyRequests = "Trop de requêtes en peu de temps. Patientez une minute avant de réessayer.";

    public static Task TooManyRequestsAsync(HttpContext context, TimeSpan retryAfter, string detail = TooManyRequests)
    {
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return WriteAsync(context, StatusCodes.Status429TooManyRequests, "Trop de requêtes", detail);
    }

    public static Task TooLargeAsync(HttpContext context, long limit) => WriteAsync(
        context, StatusCodes.Status413PayloadTooLarge, "Envoi trop volumineux",
        $"Ce que vous envoyez dépasse la taille permise ({Size(limit)}). Raccourcissez le texte ou le fichier et réessayez.");

    private static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} Mo" : $"{bytes / 1024} Ko";

    /// <summary><paramref name="detail"/> is always our own text, never the visitor's: it is written as is.</summary>
    private static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await TypedResults.Problem(detail: detail, statusCode: status, title: title).ExecuteAsync(context);
            return;
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="fr">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title} — Roadmap</title></head>
            <body><main><h1>{title}</h1><p>{detail}</p><p><a href="/">Retour à l'accueil</a></p></main></body>
            </html>
            """,
            context.RequestAborted);
    }
}
