using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Roadmap.Application.Following.Unsubscribe;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Endpoints;

/// <summary>
/// The POST of a one-click unsubscribe link (RFC 8058): mail clients send <c>List-Unsubscribe=One-Click</c>
/// without cookies nor antiforgery token, so none is asked; the secret token is the proof. The button of
/// the page at the same address posts here too and comes back to the page, which then says it is done.
/// </summary>
internal static class UnsubscribeEndpoints
{
    /// <summary>The field the page's button adds, to come back to the page rather than get a bare answer.</summary>
    public const string FromPageField = "depuis";
    public const string FromPage = "page";

    private const string PlainText = "text/plain; charset=utf-8";

    public static IEndpointRouteBuilder MapUnsubscribeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The Blazor page of the same address claims GET and POST: the lower order gives the POSTs to this endpoint.
        // No status code page: re-executing a POST on the French 404 page would meet its antiforgery check (400).
        endpoints.MapPost("/courriels/desabonnement/{token}", UnsubscribeAsync).DisableAntiforgery().WithOrder(-1)
            .WithMetadata(new SkipStatusCodePagesAttribute());
        return endpoints;
    }

    private static async Task<Results<ContentHttpResult, RedirectHttpResult>> UnsubscribeAsync(
        string token, HttpRequest request, [FromServices] IMediator mediator)
    {
        if (await mediator.FindAsync(new Unsubscribe(token), request.HttpContext.RequestAborted) is null)
        {
            return TypedResults.Text("Ce lien de désabonnement n'est pas valide.", PlainText, statusCode: StatusCodes.Status404NotFound);
        }

        var form = request.HasFormContentType ? await request.ReadFormAsync(request.HttpContext.RequestAborted) : null;
        return form is not null && form[FromPageField].ToString() == FromPage
            ? TypedResults.LocalRedirect(Links.Unsubscribed(token))
            : TypedResults.Text("Désabonnement effectué : vous ne recevrez plus ces courriels.", PlainText);
    }
}
