using System.Text;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
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
        // The join code is given to the workshop's facilitators only (GetWorkshop decides): anyone else learns nothing.
        if (await mediator.FindAsync(new GetWorkshop(id), cancellationToken) is not { CanRun: true, JoinCode: { } joinCode })
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.CacheControl = "private, no-cache";
        var joinUrl = urls.Absolute(Links.Join(joinCode));
        return TypedResults.File(Encoding.UTF8.GetBytes(JoinQrCode.Svg(joinUrl)), JoinQrCode.ContentType);
    }
}
