using System.Security.Claims;
using MediatR;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Roadmap.Application.Sessions.GetSecurityStamps;

namespace Roadmap.Web.Infrastructure;

/// <summary>
/// Identity checks a cookie's security stamp (SecurityStampValidator) but not a bearer token's: this
/// does, as the bearer handler receives the token, and fails the authentication when the stamp changed
/// or the account is gone (401, as for an expired token; a claims transformation could only make the
/// principal anonymous, which the authorisation turns into a 403). The account's current stamp is read
/// at most once per <see cref="SecurityStampValidatorOptions.ValidationInterval"/> per node, so a
/// revoked token stops working within that interval.
/// </summary>
internal static class BearerStampCheck
{
    private const string BearerPrefix = "Bearer ";

    public static IServiceCollection AddBearerStampCheck(this IServiceCollection services)
    {
        services.AddMemoryCache();

        // After every Configure: the hub's handler, which reads the token from the query string, runs first.
        services.PostConfigure<BearerTokenOptions>(IdentityConstants.BearerScheme, o =>
        {
            var previous = o.Events.OnMessageReceived;
            o.Events.OnMessageReceived = async context =>
            {
                await previous(context);
                if (context.Result is null)
                {
                    await CheckAsync(context);
                }
            };
        });
        return services;
    }

    private static async Task CheckAsync(MessageReceivedContext context)
    {
        var token = context.Token ?? TokenOf(context.Request);
        if (token is null || context.Options.BearerTokenProtector.Unprotect(token)?.Principal is not { } principal)
        {
            // No token, or not one of ours: the handler itself answers that.
            return;
        }

        var services = context.HttpContext.RequestServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var stamp = principal.FindFirstValue(claims.SecurityStampClaimType);
        if (!Guid.TryParse(principal.FindFirstValue(claims.UserIdClaimType), out var userId)
            || stamp is null
            || stamp != await CurrentStampAsync(services, userId, context.HttpContext.RequestAborted))
        {
            context.Fail("The session this token belongs to has ended.");
        }
    }

    private static async Task<string?> CurrentStampAsync(IServiceProvider services, Guid userId, CancellationToken cancellationToken)
    {
        var mediator = services.GetRequiredService<IMediator>();
        var interval = services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval;
        if (interval <= TimeSpan.Zero)
        {
            return await ReadAsync(mediator, userId, cancellationToken);
        }

        return await services.GetRequiredService<IMemoryCache>().GetOrCreateAsync(("security-stamp", userId), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = interval;
            return ReadAsync(mediator, userId, cancellationToken);
        });
    }

    private static async Task<string?> ReadAsync(IMediator mediator, Guid userId, CancellationToken cancellationToken) =>
        (await mediator.Send(new GetSecurityStamps([userId]), cancellationToken)).GetValueOrDefault(userId);

    private static string? TokenOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(BearerPrefix, StringComparison.Ordinal) ? header[BearerPrefix.Length..].Trim() : null;
    }
}
