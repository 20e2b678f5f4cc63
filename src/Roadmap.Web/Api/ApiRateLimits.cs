using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Roadmap.Web.Api;

/// <summary>Rate limits: writes per user (or address when anonymous), sign-in attempts per address. Both answer 429 with a French problem.</summary>
internal static class ApiRateLimits
{
    public const string Writes = "writes";
    public const string Login = "login";

    public static IServiceCollection AddApiRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var writesPerMinute = configuration.GetValue("RateLimits:WritesPerMinute", 60);
        var loginsPerMinute = configuration.GetValue("RateLimits:LoginsPerMinute", 10);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Writes, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? Address(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = writesPerMinute, Window = TimeSpan.FromMinutes(1) }));
            o.AddPolicy(Login, context => RateLimitPartition.GetFixedWindowLimiter(
                Address(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = loginsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            o.OnRejected = async (rejected, cancellationToken) =>
            {
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    rejected.HttpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                await TypedResults.Problem(
                    detail: "Trop de requêtes en peu de temps. Patientez une minute avant de réessayer.",
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Trop de requêtes").ExecuteAsync(rejected.HttpContext);
            };
        });
        return services;
    }

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "inconnu";
}
