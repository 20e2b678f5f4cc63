using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Roadmap.Web.Components.Pages.Workshops.Console;

/// <summary>
/// GET /ateliers/{id}/animation/fragments/{part}: one part of the console rendered alone, by the same
/// component as the page, for workshop-console.js to swap in when a hub event says that part changed.
/// Refetching HTML rather than drawing from the event's payload keeps the markup defined once (in Razor,
/// tested with bUnit); it is affordable because a workshop has one or two consoles and the hub already
/// coalesces its events (≤ 1 per part every ~200 ms). Facilitators of the workshop only (others: 404).
/// </summary>
internal static class ConsoleFragmentEndpoints
{
    public static IEndpointRouteBuilder MapWorkshopConsoleFragments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/ateliers/{id:guid}/animation/fragments/{part}", RenderAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<Results<RazorComponentResult<ConsoleFragment>, NotFound>> RenderAsync(
        Guid id, string part, HttpContext context, IMediator mediator, CancellationToken cancellationToken)
    {
        if (!ConsoleParts.All.Contains(part) || await ConsoleLoader.LoadAsync(mediator, id, part == ConsoleParts.Polls, cancellationToken) is not { State: { } state } view)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.CacheControl = "no-store";
        return new RazorComponentResult<ConsoleFragment>(new Dictionary<string, object?>
        {
            [nameof(ConsoleFragment.Part)] = part,
            [nameof(ConsoleFragment.State)] = state,
            [nameof(ConsoleFragment.Actions)] = view.Actions,
        });
    }
}
