using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Roadmap.Application.Following.MailPreferences;

namespace Roadmap.Web.Api;

/// <summary>The caller's mail preferences: how often they get mail about each topic (the page /compte/courriels does the same).</summary>
internal static class MailPreferenceEndpoints
{
    public static RouteGroupBuilder MapMailPreferenceEndpoints(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me/mail-preferences").WithTags("Mon compte");
        me.MapGet("", GetAsync).RequireAuthorization(ApiEndpoints.AuthenticatedPolicy)
            .WithName("GetMailPreferences").WithSummary("Mes choix de courriels : pour chaque sujet, Immediately, Daily (par défaut), Weekly ou Never.");
        me.MapPut("", SetAsync).AsWrite()
            .WithName("SetMailPreferences").WithSummary("Changer mes choix de courriels ; les sujets absents gardent le leur. Renvoie tous mes choix.");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<MailTopicChoice>>> GetAsync(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMailPreferences(), cancellationToken));

    private static async Task<Ok<IReadOnlyList<MailTopicChoice>>> SetAsync([FromBody] MailPreferencesBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new SetMailPreferences(body.Choices ?? []), cancellationToken);
        return TypedResults.Ok(await mediator.Send(new GetMailPreferences(), cancellationToken));
    }

    internal sealed record MailPreferencesBody(IReadOnlyList<MailTopicChoice>? Choices);
}
