using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Users;
using Roadmap.Infrastructure.Persistence;

namespace Roadmap.Bench;

/// <summary>
/// A signed-in visitor for the « (connecté·e) » scenarios: one participant, created with a fresh password (or given
/// one when the kept database already has it) who follows the roadmap and its most commented action, signs in once
/// through the app's own login form; every client then sends that session's cookies. Signed-in pages cannot be output-cached, so their own cost is what is measured.
/// </summary>
internal static partial class BenchSession
{
    private const string Email = "session@banc.roadmap.local";

    /// <summary>The session's cookies: the login form's antiforgery cookie and the authentication cookie.</summary>
    public static async Task<SessionCookies> SignInAsync(BenchApp app, SeededData data, CancellationToken cancellationToken)
    {
        var password = await PasswordAsync(app.Services, data, cancellationToken);
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.BaseAddress };

        using var form = await http.GetAsync(new Uri("/compte/connexion", UriKind.Relative), cancellationToken);
        var token = Token().Match(await form.Content.ReadAsStringAsync(cancellationToken));
        if (!token.Success)
        {
            throw new InvalidOperationException("Le formulaire de connexion n'a pas de jeton anti-falsification.");
        }

        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/compte/connexion", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "connexion",
                ["__RequestVerificationToken"] = token.Groups[1].Value,
                ["Input.Email"] = Email,
                ["Input.Password"] = password,
            }),
        };
        var session = new SessionCookies(form.Headers);
        post.Headers.Add("Cookie", session.Header);
        using var answer = await http.SendAsync(post, cancellationToken);
        // A browser also sends back the antiforgery cookie that the form set: pages with forms then need no new one.
        session.Take(answer.Headers);
        if (!session.Contains("roadmap.auth"))
        {
            throw new InvalidOperationException($"Connexion refusée ({(int)answer.StatusCode}) : pas de cookie de session.");
        }

        return session;
    }

    private static async Task<string> PasswordAsync(IServiceProvider services, SeededData data, CancellationToken cancellationToken)
    {
        var password = $"Banc-{Guid.NewGuid():N}";
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByEmailAsync(Email) is { } existing)
        {
            Check(await users.RemovePasswordAsync(existing));
            Check(await users.AddPasswordAsync(existing, password));
            await FollowAsync(scope.ServiceProvider.GetRequiredService<RoadmapDbContext>(), existing.Id, data, cancellationToken);
            return password;
        }

        var user = new ApplicationUser
        {
            Id = Guid.NewGuid(), UserName = Email, Email = Email, EmailConfirmed = true, DisplayName = "Session du banc", CreatedAt = DateTimeOffset.UtcNow,
        };
        Check(await users.CreateAsync(user, password));
        await FollowAsync(scope.ServiceProvider.GetRequiredService<RoadmapDbContext>(), user.Id, data, cancellationToken);
        return password;
    }

    /// <summary>Like the seeded participants (<see cref="BenchActions.Follows"/>); a kept database may already have them.</summary>
    private static async Task FollowAsync(RoadmapDbContext db, Guid userId, SeededData data, CancellationToken cancellationToken)
    {
        if (await db.Follows.AnyAsync(f => f.UserId == userId, cancellationToken))
        {
            return;
        }

        var roadmapId = await db.Roadmaps.Where(r => r.Slug == data.Slug).Select(r => r.Id).SingleAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow;
        db.Follows.AddRange(Follow.Start(userId, FollowTarget.Roadmap, roadmapId, now), Follow.Start(userId, FollowTarget.Action, data.HotActionId, now));
        await db.InTransactionAsync(ct => db.SaveChangesAsync(ct), cancellationToken);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
