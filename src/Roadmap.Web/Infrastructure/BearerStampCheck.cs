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
/// principal anonymous, which the authorisation turns into a 403). Whether a stamp is still the account's
/// is read at most once per <see cref="SecurityStampValidatorOptions.ValidationInterval"/> per node and
/// per stamp, so a revoked token stops working within that interval, and a token signed in after the
/// stamp changed (a role granted, a standing approved) works at once: its stamp was never cached.
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
            || !await IsCurrentAsync(services, userId, stamp, context.HttpContext.RequestAborted))
        {
            context.Fail("The session this token belongs to has ended.");
        }
    }

    private static async Task<bool> IsCurrentAsync(IServiceProvider services, Guid userId, string stamp, CancellationToken cancellationToken)
    {
        var mediator = services.GetRequiredService<IMediator>();
        var interval = services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval;
        if (interval <= TimeSpan.Zero)
        {
            return await IsCurrentInStoreAsync(mediator, userId, stamp, cancellationToken);
        }

        return await services.GetRequiredService<IMemoryCache>().GetOrCreateAsync(("security-stamp", userId, stamp), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = interval;
            return IsCurrentInStoreAsync(mediator, userId, stamp, cancellationToken);
        });
    }

    private static async Task<bool> IsCurrentInStoreAsync(IMediator mediator, Guid userId, string stamp, CancellationToken cancellationToken) =>
        (await mediator.Send(new GetSecurityStamps([userId]), cancellationToken)).GetValueOrDefault(userId) == stamp;

    private static string? TokenOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(BearerPrefix, StringComparison.Ordinal) ? header[BearerPrefix.Length..].Trim() : null;
    }
}
