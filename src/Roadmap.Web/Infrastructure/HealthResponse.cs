using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Roadmap.Web.Infrastructure;

/// <summary>Writes /health as a small JSON document: overall status and each check's.</summary>
internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        }, cancellationToken: context.RequestAborted);
    }
}
