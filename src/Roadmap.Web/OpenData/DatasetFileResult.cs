using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Net.Http.Headers;
using Roadmap.Application.OpenData;
using Roadmap.Application.OpenData.OpenDataset;

namespace Roadmap.Web.OpenData;

/// <summary>
/// Answers a dataset file: <c>ETag</c> and <c>Last-Modified</c> from the dataset's version, 304 when the caller
/// has it, else the rows written as they are read (no <c>Content-Length</c>: the answer is sent in chunks).
/// The licence and the schema are named in a <c>Link</c> header; the file name in <c>Content-Disposition</c>.
/// </summary>
internal sealed class DatasetFileResult(DatasetDownload download, DatasetFormat format, string schemaPath) : IResult
{
    private static readonly JsonSerializerOptions SchemaJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var definition = download.Definition;
        var fileName = $"{download.RoadmapSlug}-{DatasetFile.NameOf(definition.Name, format)}";
        response.Headers.Append(HeaderNames.Link, $"<{OpenLicence.Url}>; rel=\"license\"");
        response.Headers.Append(HeaderNames.Link, $"<{schemaPath}>; rel=\"describedby\"; type=\"application/json\"");
        if (format == DatasetFormat.Schema)
        {
            response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileName = fileName }.ToString();
            await Results.Json(definition.Schema, SchemaJson).ExecuteAsync(httpContext);
            return;
        }

        var version = download.Version;
        var etag = $"W/\"{version.Rows}-{version.LastModified?.UtcTicks ?? 0}-{version.Revision}\"";
        response.Headers.ETag = etag;
        response.Headers.CacheControl = "public, no-cache";
        if (version.LastModified is { } lastModified)
        {
            response.Headers.LastModified = lastModified.ToString("R", CultureInfo.InvariantCulture);
        }

        if (IsNotModified(httpContext.Request, etag, version.LastModified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = format == DatasetFormat.Csv ? "text/csv; charset=utf-8; header=present" : "application/json; charset=utf-8";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
        var cancellationToken = httpContext.RequestAborted;
        if (format == DatasetFormat.Csv)
        {
            await DatasetWriters.WriteCsvAsync(response.Body, definition, download.Rows, cancellationToken);
        }
        else
        {
            await DatasetWriters.WriteJsonAsync(response.Body, definition, download.Rows, cancellationToken);
        }
    }

    /// <summary>RFC 9110 § 13.2.2: <c>If-None-Match</c> (weak comparison) wins over <c>If-Modified-Since</c>.</summary>
    private static bool IsNotModified(HttpRequest request, string etag, DateTimeOffset? lastModified)
    {
        var headers = request.GetTypedHeaders();
        if (headers.IfNoneMatch is { Count: > 0 } tags)
        {
            var ours = EntityTagHeaderValue.Parse(etag);
            return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
        }

        return headers.IfModifiedSince is { } since && lastModified is { } modified
            && modified.ToUnixTimeSeconds() <= since.ToUnixTimeSeconds();
    }
}
