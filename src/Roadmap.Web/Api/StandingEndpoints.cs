using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Roadmap.Application.Audit.ListAuditEntries;
using Roadmap.Application.Domain.Standing;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Standing;
using Roadmap.Application.Standing.DecideStandingClaim;
using Roadmap.Application.Standing.ListMyStandingClaims;
using Roadmap.Application.Standing.ListStandingClaims;
using Roadmap.Application.Standing.SubmitStandingClaim;

namespace Roadmap.Web.Api;

/// <summary>
/// Standing claims (a person's claim to be an elected official or an actor of an organisation, reviewed
/// by the roadmap's managers or an Administrator) and the back-office journal (Administrators only).
/// </summary>
internal static class StandingEndpoints
{
    public static RouteGroupBuilder MapStandingEndpoints(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me/standing-claims").WithTags("Mon compte");
        me.MapPost("", SubmitAsync).AsWrite()
            .WithName("SubmitStandingClaim").WithSummary("Demander une qualité (élu·e ou acteur d'une organisation) sur une feuille de route ; une demande en attente par feuille de route.");
        me.MapGet("", ListMineAsync).RequireAuthorization(ApiEndpoints.AuthenticatedPolicy)
            .WithName("ListMyStandingClaims").WithSummary("Mes demandes de qualité, les plus récentes d'abord, avec leur statut et le motif.");

        var admin = api.MapGroup("/admin").WithTags("Administration");
        admin.MapGet("/standing-claims", ListAsync).RequireAuthorization(ApiEndpoints.AuthenticatedPolicy)
            .WithName("ListStandingClaims").WithSummary("Les demandes de qualité à examiner (toutes pour un administrateur, celles de ses feuilles de route pour un gestionnaire).");
        admin.MapPost("/standing-claims/{id:guid}/decision", DecideAsync).AsWrite()
            .WithName("DecideStandingClaim").WithSummary("Approuver ou refuser une demande de qualité ; un refus est motivé.");
        admin.MapGet("/audit", ListAuditAsync).RequireAuthorization(ApiEndpoints.AuthenticatedPolicy)
            .WithName("ListAuditEntries").WithSummary("Le journal des modifications du back-office (administrateur·rices), les plus récentes d'abord, 50 par page.");
        return api;
    }

    private static async Task<Created<ClaimReceipt>> SubmitAsync(ClaimBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        var id = await mediator.Send(new SubmitStandingClaim(body.RoadmapSlug ?? "", body.OrganisationId ?? Guid.Empty, body.Role ?? ParticipantRole.Citizen, body.Statement), cancellationToken);
        return TypedResults.Created("/api/v1/me/standing-claims", new ClaimReceipt(id, StandingStatus.Pending));
    }

    private static async Task<Ok<IReadOnlyList<StandingClaimView>>> ListMineAsync(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListMyStandingClaims(), cancellationToken));

    private static async Task<Ok<IReadOnlyList<StandingClaimView>>> ListAsync(IMediator mediator, CancellationToken cancellationToken, StandingStatus? status = null, string? roadmap = null) =>
        TypedResults.Ok(await mediator.Send(new ListStandingClaims(status, roadmap), cancellationToken));

    private static async Task<Ok<ClaimReceipt>> DecideAsync(Guid id, DecisionBody body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ClaimReceipt(id, await mediator.Send(new DecideStandingClaim(id, body.Approve, body.Reason), cancellationToken)));

    private static async Task<Ok<AuditPage>> ListAuditAsync(
        IMediator mediator, CancellationToken cancellationToken, string? roadmap = null, string? person = null, DateOnly? from = null, DateOnly? to = null, int page = 1) =>
        TypedResults.Ok(await mediator.Send(new ListAuditEntries(roadmap, person, from, to, page), cancellationToken));

    internal sealed record ClaimBody(string? RoadmapSlug, Guid? OrganisationId, ParticipantRole? Role, string? Statement);

    internal sealed record DecisionBody(bool Approve, string? Reason);

    internal sealed record ClaimReceipt(Guid Id, StandingStatus Status);
}
