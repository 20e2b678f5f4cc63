using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Roadmap.Web.Infrastructure;

namespace Roadmap.Web.Api;

/// <summary>
/// SameSite=Lax still lets another site's page send a body-less POST or a PUT with our visitor's
/// cookie. So an unsafe request to the API that the sign-in cookie authenticates must come from this
/// site (<see cref="SameOrigin.IsNotCrossSite"/>), else 403 before the body is read. A bearer token
/// is never sent by the browser on its own, so bearer requests are not concerned.
/// </summary>
internal static class CrossSiteCookieWrites
{
    public const string Detail = "Cette requête vient d'un autre site : elle est refusée pour protéger votre compte. Utilisez Roadmap directement ou un jeton d'accès.";

    public static IApplicationBuilder UseCrossSiteCookieWriteRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments(ApiEndpoints.Prefix) && !SafeMethods.Is(request.Method) && !SameOrigin.IsNotCrossSite(request)
            && (await context.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Succeeded)
        {
            await TypedResults.Problem(detail: Detail, statusCode: StatusCodes.Status403Forbidden, title: "Requête d'un autre site refusée")
                .ExecuteAsync(context);
            return;
        }

        await next(context);
    });
}
