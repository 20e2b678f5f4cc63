using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Web.Endpoints;

/// <summary>Account actions that are plain form posts rather than pages.</summary>
internal static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/compte/deconnexion", SignOutAsync);
        return endpoints;
    }

    // The endpoint binds no form, so the antiforgery middleware would not check it: check here,
    // or any site could sign our visitors out.
    private static async Task<Results<RedirectHttpResult, BadRequest>> SignOutAsync(
        HttpContext context,
        [FromServices] IAntiforgery antiforgery,
        [FromServices] SignInManager<ApplicationUser> signIn)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.BadRequest();
        }

        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("~/");
    }
}
