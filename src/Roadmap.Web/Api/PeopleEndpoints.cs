using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Roadmap.Application.Administration.ListUsers;
using Roadmap.Application.Administration.SetUserRoles;
using Roadmap.Application.Following;
using Roadmap.Application.Following.CountUnread;
using Roadmap.Application.Following.ListNotifications;
using Roadmap.Application.Following.MarkNotificationsRead;
using Roadmap.Application.Following.StartFollowing;
using Roadmap.Application.Following.StopFollowing;
using Roadmap.Application.PersonalData.DeleteMyAccount;
using Roadmap.Application.PersonalData.ExportMyData;

namespace Roadmap.Web.Api;

/// <summary>
/// Following, notifications, one's personal data and the administration of accounts. Follow and
/// unfollow are idempotent (PUT / DELETE, 204). Everything here needs a signed-in caller; the
/// administration routes need the Administrator role (403 otherwise).
/// </summary>
internal static class PeopleEndpoints
{
    public static RouteGroupBuilder MapPeopleEndpoints(this RouteGroupBuilder api)
    {
        // Without this, a refused anonymous PUT or DELETE would be re-executed as the French 404 page (405).
        var follow = api.MapGroup("").WithTags("Suivi");
        follow.MapPut("/actions/{id:guid}/follow", (Guid id, IMediator m, CancellationToken ct) => FollowAsync(FollowedThing.Action(id), m, ct))
            .AsWrite().WithName("FollowAction").WithSummary("Suivre une action (sans effet si c'est déjà fait).");
        follow.MapDelete("/actions/{id:guid}/follow", (Guid id, IMediator m, CancellationToken ct) => UnfollowAsync(FollowedThing.Action(id), m, ct))
            .AsWrite().WithName("UnfollowAction").WithSummary("Ne plus suivre une action.");
        follow.MapPut("/roadmaps/{slug}/follow", (string slug, IMediator m, CancellationToken ct) => FollowAsync(FollowedThing.Roadmap(slug), m, ct))
            .AsWrite().WithName("FollowRoadmap").WithSummary("Suivre une feuille de route : nouvelles actions et changements de statut.");
        follow.MapDelete("/roadmaps/{slug}/follow", (string slug, IMediator m, CancellationToken ct) => UnfollowAsync(FollowedThing.Roadmap(slug), m, ct))
            .AsWrite().WithName("UnfollowRoadmap").WithSummary("Ne plus suivre une feuille de route.");

        var me = api.MapGroup("/me").WithTags("Mon compte");
        me.MapGet("/notifications", ListNotificationsAsync).RequireAuthorization(ApiEndpoints.AuthenticatedPolicy)
            .WithName("ListNotifications").WithSummary("Mes notifications, les plus récentes d'abord, 20 par page.");
        me.MapPost("/notifications/read", MarkReadAsync).AsWrite()
            .WithName("MarkNotificationsRead").WithSummary("Marquer comme lue une notification (id) ou toutes (sans id).");
        me.MapGet("/export", ExportAsync).RequireAuthorization(ApiEndpoints.AuthenticatedPolicy)
            .WithName("ExportMyData").WithSummary("Toutes mes données personnelles (RGPD).");
        me.MapDelete("", DeleteAccountAsync).AsWrite()
            .WithName("DeleteMyAccount").WithSummary("Supprimer mon compte (mot de passe exigé) ; mes contributions restent, anonymisées.");

        var admin = api.MapGroup("/admin/users").WithTags("Administration");
        admin.MapGet("", ListUsersAsync).RequireAuthorization(ApiEndpoints.AuthenticatedPolicy)
            .WithName("ListUsers").WithSummary("Les comptes (administrateur·rices), recherche par adresse ou nom, 20 par page.");
        admin.MapPut("/{id:guid}/roles", SetRolesAsync).AsWrite()
            .WithName("SetUserRoles").WithSummary("Remplacer les rôles d'un compte ; ses sessions en cours prennent fin dans la minute.");
        return api;
    }

    private static async Task<NoContent> FollowAsync(FollowedThing thing, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new StartFollowing(thing), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> UnfollowAsync(FollowedThing thing, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new StopFollowing(thing), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<NotificationPage>> ListNotificationsAsync(IMediator mediator, CancellationToken cancellationToken, int page = 1) =>
        TypedResults.Ok(await mediator.Send(new ListNotifications(page), cancellationToken));

    private static async Task<Ok<NotificationsRead>> MarkReadAsync([FromBody] MarkReadBody? body, IMediator mediator, CancellationToken cancellationToken)
    {
        var marked = await mediator.Send(new MarkNotificationsRead(body?.Id), cancellationToken);
        return TypedResults.Ok(new NotificationsRead(marked, await mediator.Send(new CountUnread(), cancellationToken)));
    }

    private static async Task<Ok<PersonalDataExport>> ExportAsync(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ExportMyData(), cancellationToken));

    private static async Task<NoContent> DeleteAccountAsync([FromBody] DeleteAccountBody body, HttpContext context, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteMyAccount(body.Password ?? ""), cancellationToken);

        // A cookie session would otherwise outlive its account (a bearer token simply stops mattering).
        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<UserPage>> ListUsersAsync(IMediator mediator, CancellationToken cancellationToken, string? q = null, int page = 1) =>
        TypedResults.Ok(await mediator.Send(new ListUsers(q, page), cancellationToken));

    private static async Task<Ok<UserRolesView>> SetRolesAsync(Guid id, RolesBody body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(new UserRolesView(id, await mediator.Send(new SetUserRoles(id, body.Roles ?? []), cancellationToken)));

    internal sealed record MarkReadBody(Guid? Id);

    internal sealed record NotificationsRead(int Marked, int UnreadCount);

    internal sealed record DeleteAccountBody(string? Password);

    internal sealed record RolesBody(IReadOnlyList<string>? Roles);

    internal sealed record UserRolesView(Guid Id, IReadOnlyList<string> Roles);
}
