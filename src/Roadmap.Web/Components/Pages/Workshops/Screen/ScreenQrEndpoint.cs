using System.Text;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Workshops.GetWorkshop;
using Roadmap.Web.Components.Shared;
using Roadmap.Web.Infrastructure.Site;

namespace Roadmap.Web.Components.Pages.Workshops.Screen;

/// <summary>« /ateliers/{id}/ecran/qr.svg »: the QR code of the join address shown on the big screen, for the workshop's facilitators only.</summary>
internal static class ScreenQrEndpoint
{
    public static IEndpointRouteBuilder MapWorkshopScreenQr(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/ateliers/{id:guid}/ecran/qr.svg", QrCodeAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> QrCodeAsync(
        Guid id, HttpContext context, IMediator mediator, PublicUrls urls, CancellationToken cancellationToken)
    {
        WorkshopDetails workshop;
        try
        {
            workshop = await mediator.Send(new GetWorkshop(id), cancellationToken);
        }
        catch (NotFoundException)
        {
            return TypedResults.NotFound();
        }

        // The join code is given to the workshop's facilitators only (GetWorkshop decides): anyone else learns nothing.
        if (!workshop.CanRun || workshop.JoinCode is not { } joinCode)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.CacheControl = "private, no-cache";
        var joinUrl = urls.Absolute(Links.Join(joinCode));
        return TypedResults.File(Encoding.UTF8.GetBytes(JoinQrCode.Svg(joinUrl)), JoinQrCode.ContentType);
    }
}
