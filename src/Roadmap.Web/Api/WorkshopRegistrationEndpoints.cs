using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Roadmap.Application.Workshops.Registration;

namespace Roadmap.Web.Api;

/// <summary>
/// Registering for a workshop to come (the invitation leaves by mail) and cancelling it. Both are
/// idempotent (204 either way); they need a signed-in caller.
/// </summary>
internal static class WorkshopRegistrationEndpoints
{
    public static RouteGroupBuilder MapWorkshopRegistrationEndpoints(this RouteGroupBuilder api)
    {
        var registration = api.MapGroup("/workshops/{id:guid}/registration").WithTags("Ateliers");
        registration.MapPost("", RegisterAsync).AsWrite()
            .WithName("RegisterForWorkshop").WithSummary("M'inscrire à un atelier à venir : l'invitation (.ics) part par courriel (sans effet si c'est déjà fait).");
        registration.MapDelete("", CancelAsync).AsWrite()
            .WithName("CancelWorkshopRegistration").WithSummary("Annuler mon inscription à un atelier à venir.");
        return api;
    }

    private static async Task<NoContent> RegisterAsync(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RegisterForWorkshop(id), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> CancelAsync(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new CancelWorkshopRegistration(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
