using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Roadmaps.Admin.AdvancePhase;
using Roadmap.Application.Roadmaps.Admin.ArchiveRoadmap;
using Roadmap.Application.Roadmaps.Admin.CreateRoadmap;
using Roadmap.Application.Roadmaps.Admin.EditRoadmap;
using Roadmap.Application.Roadmaps.Admin.GetRoadmapForAdmin;
using Roadmap.Application.Roadmaps.Admin.SchedulePhases;

namespace Roadmap.Web.Api;

/// <summary>
/// The roadmap back office: create and archive (Administrators), describe, schedule and advance
/// (the roadmap's managers or an Administrator). Same requests as the pages.
/// </summary>
internal static class AdminRoadmapEndpoints
{
    public static RouteGroupBuilder MapAdminRoadmapEndpoints(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin/roadmaps").WithTags("Administration des feuilles de route");
        admin.MapPost("", CreateAsync).AsWrite()
            .WithName("CreateRoadmap").WithSummary("Créer une feuille de route (administrateur·rices), en phase Diagnostic, publique aussitôt.");
        admin.MapGet("/{slug}", GetAsync).RequireAuthorization(ApiEndpoints.AuthenticatedPolicy)
            .WithName("GetRoadmapForAdmin").WithSummary("Une feuille de route telle que ses gestionnaires la configurent.");
        admin.MapPut("/{slug}", EditAsync).AsWrite()
            .WithName("EditRoadmap").WithSummary("Modifier le titre, le résumé, la description, la collectivité porteuse (et l'adresse si newSlug est donné).");
        admin.MapPut("/{slug}/phases", ScheduleAsync).AsWrite()
            .WithName("SchedulePhases").WithSummary("Remplacer le calendrier des phases (dans l'ordre, sans chevauchement) et le passage automatique.");
        admin.MapPost("/{slug}/phases/advance", AdvanceAsync).AsWrite()
            .WithName("AdvancePhase").WithSummary("Passer à la phase suivante avec un message public ; fromPhase est la phase quittée (409 si elle est déjà passée).");
        admin.MapPost("/{slug}/archive", ArchiveAsync).AsWrite()
            .WithName("ArchiveRoadmap").WithSummary("Archiver une feuille de route (administrateur·rices) : lecture seule, toujours publique.");
        return api;
    }

    private static async Task<Created<RoadmapAdminView>> CreateAsync(RoadmapBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        var slug = await mediator.Send(
            new CreateRoadmap(body.OwnerOrganisationId ?? Guid.Empty, body.Title ?? "", body.Slug ?? "", body.Summary ?? "", body.Description ?? ""),
            cancellationToken);
        return TypedResults.Created($"{ApiEndpoints.Prefix}/roadmaps/{slug}", await mediator.Send(new GetRoadmapForAdmin(slug), cancellationToken));
    }

    private static async Task<Ok<RoadmapAdminView>> GetAsync(string slug, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetRoadmapForAdmin(slug), cancellationToken));

    private static async Task<Ok<RoadmapAdminView>> EditAsync(string slug, RoadmapBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        var newSlug = await mediator.Send(
            new EditRoadmap(slug, body.OwnerOrganisationId ?? Guid.Empty, body.Title ?? "", body.Summary ?? "", body.Description ?? "", body.NewSlug),
            cancellationToken);
        return TypedResults.Ok(await mediator.Send(new GetRoadmapForAdmin(newSlug), cancellationToken));
    }

    private static async Task<Ok<RoadmapAdminView>> ScheduleAsync(string slug, ScheduleBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new SchedulePhases(slug, body.Phases ?? [], body.AdvancesAutomatically), cancellationToken);
        return TypedResults.Ok(await mediator.Send(new GetRoadmapForAdmin(slug), cancellationToken));
    }

    private static async Task<Ok<RoadmapAdminView>> AdvanceAsync(string slug, AdvanceBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new AdvancePhase(slug, body.FromPhase, body.Message ?? ""), cancellationToken);
        return TypedResults.Ok(await mediator.Send(new GetRoadmapForAdmin(slug), cancellationToken));
    }

    private static async Task<NoContent> ArchiveAsync(string slug, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new ArchiveRoadmap(slug), cancellationToken);
        return TypedResults.NoContent();
    }

    internal sealed record RoadmapBody(Guid? OwnerOrganisationId, string? Title, string? Slug, string? Summary, string? Description, string? NewSlug);

    internal sealed record ScheduleBody(IReadOnlyList<PhaseDates>? Phases, bool AdvancesAutomatically);

    internal sealed record AdvanceBody(RoadmapPhase? FromPhase, string? Message);
}
