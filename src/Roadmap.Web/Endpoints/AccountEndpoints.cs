using MediatR;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Roadmap.Application.Sessions.SignOutEverywhere;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Components.Account;

namespace Roadmap.Web.Endpoints;

/// <summary>
/// Account actions that are plain form posts rather than pages. Both end every session of the
/// account (<see cref="SignOutEverywhere"/>): a cookie replayed after signing out must not work.
/// </summary>
internal static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(AccountPaths.Logout, SignOutAsync);
        endpoints.MapPost(AccountPaths.SignOutEverywhere, SignOutEverywhereAsync).RequireAuthorization();
        return endpoints;
    }

    // Since signing out renews the account's security stamp, « sign out » and « sign out
    // everywhere » end the same sessions; they differ only in where the person lands.
    private static async Task<Results<RedirectHttpResult, BadRequest>> SignOutAsync(
        HttpContext context, [FromServices] IAntiforgery antiforgery, [FromServices] IMediator mediator, [FromServices] SignInManager<ApplicationUser> signIn) =>
        await EndSessionsAsync(context, antiforgery, mediator, signIn)
            ? TypedResults.LocalRedirect("~/")
            : TypedResults.BadRequest();

    private static async Task<Results<RedirectHttpResult, BadRequest>> SignOutEverywhereAsync(
        HttpContext context, [FromServices] IAntiforgery antiforgery, [FromServices] IMediator mediator, [FromServices] SignInManager<ApplicationUser> signIn)
    {
        if (!await EndSessionsAsync(context, antiforgery, mediator, signIn))
        {
            return TypedResults.BadRequest();
        }

        AccountRedirectManager.RememberStatus(context, AccountStatus.SignedOutEverywhere);
        return TypedResults.LocalRedirect("~" + AccountPaths.Login);
    }

    // The endpoints bind no form, so the antiforgery middleware would not check them: check here,
    // or any site could sign our visitors out.
    private static async Task<bool> EndSessionsAsync(HttpContext context, IAntiforgery antiforgery, IMediator mediator, SignInManager<ApplicationUser> signIn)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return false;
        }

        if (context.User.Identity?.IsAuthenticated == true)
        {
            await mediator.Send(new SignOutEverywhere(), context.RequestAborted);
        }

        await signIn.SignOutAsync();
        return true;
    }
}
