using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Roadmap.Web.Infrastructure;
using Roadmap.Web.Infrastructure.PublicCache;

namespace Roadmap.Web.Api;

/// <summary>
/// The public JSON API under /api/v1: reads are open, writes need the cookie or a bearer token
/// (<c>POST /api/v1/auth/login</c>, see <see cref="AuthEndpoints"/>). Each feature maps its routes on <see cref="MapApi"/>'s group.
/// </summary>
internal static class ApiEndpoints
{
    public const string AuthenticatedPolicy = "Api";
    public const string Prefix = "/api/v1";

    public static WebApplication MapApi(this WebApplication app)
    {
        // Status-code re-execution renders the French HTML 404 page: never for the API, whose
        // empty 401/404/405 must stay as they are.
        var api = app.MapGroup(Prefix)
            .WithMetadata(new SkipStatusCodePagesAttribute())
            .AddEndpointFilter<ApiExceptionFilter>()
            .WithTags("Roadmap");

        api.MapAuthEndpoints();
        api.MapRoadmapEndpoints();
        api.MapPeopleEndpoints();
        api.MapOrganisationEndpoints();
        api.MapActionEndpoints();
        api.MapCommentEndpoints();
        api.MapActionUpdateEndpoints();
        api.MapSearchEndpoints();
        api.MapParticipationEndpoints();
        api.MapAdminRoadmapEndpoints();
        api.MapAxisEndpoints();
        api.MapTeamEndpoints();
        api.MapStandingEndpoints();
        api.MapRoadmapDocumentEndpoints();
        api.MapDatasetEndpoints();
        api.MapFollowUpPilotEndpoints();
        api.MapDashboardEndpoints();
        api.MapIndicatorValueEndpoints();
        api.MapMailAdminEndpoints();
        api.MapWorkshopRegistrationEndpoints();
        api.MapMailPreferenceEndpoints();
        api.MapMediationEndpoints();
        return app;
    }

    /// <summary>
    /// Marks a public read whose answer depends on who asks (support counts hidden from the public, a
    /// caller's options): open to all, but a cookie or a bearer token is read when sent. An anonymous caller's
    /// answer is kept by the public page cache until a write changes it (<see cref="PublicPagePolicy"/>).
    /// </summary>
    public static RouteHandlerBuilder AsPublicRead(this RouteHandlerBuilder builder) =>
        builder.RequireAuthorization(AuthenticatedPolicy).AllowAnonymous().CacheOutput(PublicPagePolicy.Name);

    /// <summary>What every read showing support counts says about them.</summary>
    public const string HiddenCountsDescription =
        "SupportCount vaut null tant que la feuille de route masque ses soutiens pendant la phase de soutien (règles de participation) ; son équipe les voit toujours. " +
        "MediatedSupportCount, les soutiens recueillis par des médiateur·rices auprès d'habitant·es non connecté·es, est compté à part (jamais inclus dans SupportCount) et masqué de même.";

    /// <summary>Marks a write: authenticated by cookie or bearer token, and rate limited.</summary>
    public static RouteHandlerBuilder AsWrite(this RouteHandlerBuilder builder) =>
        builder.RequireAuthorization(AuthenticatedPolicy).RequireRateLimiting(RateLimits.Writes);

    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.AddAuthentication().AddBearerToken(IdentityConstants.BearerScheme);
        services.AddAuthorizationBuilder().AddPolicy(AuthenticatedPolicy, p => p
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, IdentityConstants.BearerScheme)
            .RequireAuthenticatedUser());
        // An unreadable body throws in every environment (not only Development), for ApiEdges to answer and log once.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddOpenApi("v1");
        return services;
    }
}
