using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Roadmaps.Axes;
using Roadmap.Application.Roadmaps.Axes.AddAxis;
using Roadmap.Application.Roadmaps.Axes.ArchiveAxis;
using Roadmap.Application.Roadmaps.Axes.EditAxis;
using Roadmap.Application.Roadmaps.Axes.ReorderAxes;
using Roadmap.Application.Roadmaps.Rules;
using Roadmap.Application.Roadmaps.Rules.ChangeParticipationRules;

namespace Roadmap.Web.Api;

/// <summary>
/// A roadmap's axes and participation rules, for its managers (its team managers and the
/// administrators; 403 otherwise). Same requests as the pages under /feuilles-de-route/{slug}/axes and /regles.
/// </summary>
internal static class AxisEndpoints
{
    public static RouteGroupBuilder MapAxisEndpoints(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Axes et règles de participation");
        admin.MapPost("/roadmaps/{slug}/axes", AddAsync).AsWrite()
            .WithName("AddAxis").WithSummary("Ajouter un axe, avec ses objectifs dans l'ordre, à une feuille de route.");
        admin.MapPut("/axes/{id:guid}", EditAsync).AsWrite()
            .WithName("EditAxis").WithSummary("Modifier le titre, la description et la liste ordonnée des objectifs d'un axe.");
        admin.MapPut("/roadmaps/{slug}/axes/order", ReorderAsync).AsWrite()
            .WithName("ReorderAxes").WithSummary("Réordonner les axes : chaque axe en cours une fois exactement ; les axes archivés suivent.");
        admin.MapPost("/axes/{id:guid}/archive", ArchiveAsync).AsWrite()
            .WithName("ArchiveAxis").WithSummary("Retirer un axe : supprimé s'il ne porte aucune action, archivé sinon (ses actions restent lisibles).");
        admin.MapPut("/roadmaps/{slug}/rules", ChangeRulesAsync).AsWrite()
            .WithName("ChangeParticipationRules").WithSummary("Changer les règles de participation : qui propose, qui soutient, plafond de soutiens, affichage des décomptes.");
        return api;
    }

    private static async Task<Created<AxisView>> AddAsync(string slug, AxisBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        var axis = await mediator.Send(new AddAxis(slug, body.Title ?? "", body.Description ?? "", body.Objectives ?? []), cancellationToken);
        return TypedResults.Created($"{ApiEndpoints.Prefix}/admin/axes/{axis.Id}", axis);
    }

    private static async Task<Ok<AxisView>> EditAsync(Guid id, AxisBody body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new EditAxis(id, body.Title ?? "", body.Description ?? "", body.Objectives ?? []), cancellationToken));

    private static async Task<Ok<IReadOnlyList<AxisView>>> ReorderAsync(string slug, OrderBody body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ReorderAxes(slug, body.AxisIds ?? []), cancellationToken));

    private static async Task<Ok<AxisRetirement>> ArchiveAsync(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ArchiveAxis(id), cancellationToken));

    private static async Task<Ok<ParticipationRules>> ChangeRulesAsync(string slug, RulesBody body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new ChangeParticipationRules(slug, body.Proposers, body.SupportEligibility, body.MaxSupportsPerParticipant, body.CountsShownDuringPhase),
            cancellationToken));

    internal sealed record AxisBody(string? Title, string? Description, IReadOnlyList<string>? Objectives);

    internal sealed record OrderBody(IReadOnlyList<Guid>? AxisIds);

    internal sealed record RulesBody(
        ProposalEligibility Proposers,
        SupportEligibility SupportEligibility,
        int? MaxSupportsPerParticipant,
        bool CountsShownDuringPhase = true);
}
