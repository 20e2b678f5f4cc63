using System.Text;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Workshops.GetWorkshop;
using Roadmap.Web.Components.Pages.Workshops.Manage;
using Roadmap.Web.Components.Shared;
using Roadmap.Web.Infrastructure.Site;

namespace Roadmap.Web.Endpoints;

/// <summary>The workshop downloads linked from its page: the calendar event (.ics) and the minutes (.md).</summary>
internal static class WorkshopFileEndpoints
{
    public static IEndpointRouteBuilder MapWorkshopFileEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/ateliers/{id:guid}/calendrier.ics", CalendarAsync).ExcludeFromDescription();
        endpoints.MapGet("/ateliers/{id:guid}/compte-rendu.md", MinutesAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> CalendarAsync(
        Guid id, HttpContext context, IMediator mediator, PublicUrls urls, IWorkshopCalendar calendar, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await mediator.FindAsync(new GetWorkshop(id), cancellationToken) is not { } workshop)
        {
            return TypedResults.NotFound();
        }

        // The visio link is only in the file of a signed-in person (GetWorkshop decides): keep it out of shared caches.
        context.Response.Headers.CacheControl = "private, no-cache";
        var calendarEvent = WorkshopCalendarFile.Event(workshop, urls, clock.GetUtcNow());
        return TypedResults.File(
            Encoding.UTF8.GetBytes(calendar.Write(calendarEvent)), calendarEvent.ContentType, WorkshopCalendarFile.FileName(workshop));
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> MinutesAsync(
        Guid id, HttpContext context, IMediator mediator, CancellationToken cancellationToken)
    {
        // Minutes are given to everyone once published, and before that to the workshop's facilitators only.
        if (await mediator.FindAsync(new GetWorkshop(id), cancellationToken) is not { Minutes: { Length: > 0 } minutes } workshop)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.CacheControl = "private, no-cache";
        return TypedResults.File(
            Encoding.UTF8.GetBytes(minutes), "text/markdown; charset=utf-8", $"compte-rendu-{WorkshopText.FileSlug(workshop.Title)}.md");
    }
}
