using MediatR;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Roadmap.Application.Sessions.SignOutEverywhere;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Components.Account;
using Roadmap.Web.Components.Account.Pages;
using Roadmap.Web.Infrastructure;

namespace Roadmap.Web.Api;

/// <summary>
/// /api/v1/auth: bearer tokens for API and hub clients, nothing else (accounts are created, confirmed
/// and reset on the pages). The answers have the shape of Identity's <see cref="AccessTokenResponse"/>;
/// the sign-in itself is Identity's, so failures count towards the lockout as on the sign-in page.
/// </summary>
internal static class AuthEndpoints
{
    private const string LockedOut = "Après plusieurs mots de passe incorrects, les connexions à ce compte sont bloquées pour quelques minutes.";
    private const string Revoked = "Cette session a pris fin (déconnexion, changement de mot de passe ou de rôles) : reconnectez-vous.";

    public static RouteGroupBuilder MapAuthEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Authentification").RequireRateLimiting(RateLimits.Account);
        auth.MapPost("/login", LoginAsync).Produces<AccessTokenResponse>()
            .WithName("Login").WithSummary("Adresse et mot de passe → jeton d'accès (10 minutes) et jeton de renouvellement (14 jours).");
        auth.MapPost("/refresh", RefreshAsync).Produces<AccessTokenResponse>()
            .WithName("Refresh").WithSummary("Jeton de renouvellement → nouveaux jetons, avec les rôles actuels ; 401 si la session a pris fin.");
        auth.MapPost("/logout-all", SignOutEverywhereAsync).AsWrite()
            .WithName("SignOutEverywhere").WithSummary("Mettre fin à toutes mes sessions : navigateurs, jetons et ateliers en direct.");

        // Identity's other routes (register, manage/info, confirmEmail…) are not offered: say so in the
        // API's terms, rather than re-executing a POST as the French HTML 404 page (which answers 400).
        auth.MapFallback(() => TypedResults.Problem(detail: "Cette adresse n'existe pas dans l'API.", statusCode: StatusCodes.Status404NotFound, title: "Introuvable"))
            .ExcludeFromDescription();
        return api;
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> LoginAsync(
        LoginBody body, PasswordCheck passwords, SignInManager<ApplicationUser> signIn, IPublicUrls urls, CancellationToken cancellationToken)
    {
        var (verdict, user) = await passwords.CheckAsync(body.Email, body.Password, cancellationToken);
        return verdict switch
        {
            SignInVerdict.Succeeded => await IssueAsync(signIn, user!),
            SignInVerdict.LockedOut => Refused(LockedOut),
            SignInVerdict.Unconfirmed => Refused($"{PasswordCheck.UnconfirmedMessage} Pour recevoir un nouveau lien : {urls.Absolute(AccountPaths.ResendConfirmation)}"),
            _ => Refused(Login.FailedMessage),
        };
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> RefreshAsync(
        RefreshBody body, SignInManager<ApplicationUser> signIn, IOptionsMonitor<BearerTokenOptions> options, TimeProvider clock)
    {
        var ticket = string.IsNullOrEmpty(body.RefreshToken)
            ? null
            : options.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(body.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return Refused(Revoked);
        }

        return await IssueAsync(signIn, user);
    }

    private static async Task<NoContent> SignOutEverywhereAsync(IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new SignOutEverywhere(), cancellationToken);
        return TypedResults.NoContent();
    }

    // The roles and the stamp are read again from the store, so a refresh carries the current ones.
    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> IssueAsync(SignInManager<ApplicationUser> signIn, ApplicationUser user) =>
        TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);

    private static ProblemHttpResult Refused(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status401Unauthorized, title: "Connexion refusée");

    internal sealed record LoginBody(string? Email, string? Password);

    internal sealed record RefreshBody(string? RefreshToken);
}
