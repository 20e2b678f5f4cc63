using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Users;
using Roadmap.Infrastructure.Persistence;

namespace Roadmap.Demo.Writers;

/// <summary>
/// What the demo writes without a use case, because none exists (docs/decisions/017-demo-data.md):
/// <list type="bullet">
/// <item>the regions, partners of some actions: the territory import stops at the département and an
/// administrator creates by hand only associations, companies, tiers-lieux and public bodies;</item>
/// <item>a confirmed address, for accounts that never receive the confirmation mail (registration's
/// mail is taken back out of the outbox: the demo's addresses are fictional);</item>
/// <item>the administrator's display name (<c>create-admin</c> names it « Administrateur·rice » and no
/// request renames another account) and the staff's organisation (the global facilitator and the
/// administrator work for the Département; a standing claim gives only an elected official's or an
/// actor's standing, so it does not fit them).</item>
/// </list>
/// Everything else — territory, organisations, roadmaps and their calendar, rules, axes, teams,
/// standings, phase changes, workshops — goes through the Application requests.
/// </summary>
internal sealed class DirectWrites(DemoSender sender)
{
    public Task AddRegionsAsync(IReadOnlyList<(string Name, string Code)> regions, DateTimeOffset at, CancellationToken cancellationToken) =>
        sender.WithScopeAsync(async services =>
        {
            var db = Db(services);
            db.Organisations.AddRange(regions.Select(r => Organisation.Create(r.Name, OrganisationKind.Region, r.Code)));
            return await db.SaveChangesAsync(cancellationToken);
        }, at);

    /// <summary>Confirms the address of an existing account and, for the staff, sets its display name and organisation; returns its id.</summary>
    public Task<Guid> CompleteAccountAsync(string email, string? displayName = null, Guid? organisationId = null) =>
        sender.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"The demo account {email} was not created.");
            user.EmailConfirmed = true;
            user.DisplayName = displayName ?? user.DisplayName;
            user.OrganisationId = organisationId ?? user.OrganisationId;
            var updated = await users.UpdateAsync(user);
            if (!updated.Succeeded)
            {
                throw new InvalidOperationException($"The demo account {email} could not be completed: {string.Join(" ", updated.Errors.Select(e => e.Description))}");
            }

            return user.Id;
        });

    /// <summary>
    /// The demo's addresses are fictional and its story is past: nothing it wrote is mailed (its confirmations,
    /// minutes, notifications), even when a developer points the app at a real mail server.
    /// </summary>
    public Task SilenceMailAsync(CancellationToken cancellationToken) =>
        sender.WithScopeAsync(services => Db(services).InTransactionAsync(
            async ct =>
            {
                await Db(services).OutboxMails.ExecuteDeleteAsync(ct);
                return await Db(services).Notifications.Where(n => n.MailState == NotificationMailState.Pending)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.MailState, NotificationMailState.NotMailed), ct);
            },
            cancellationToken));

    private static RoadmapDbContext Db(IServiceProvider services) => services.GetRequiredService<RoadmapDbContext>();
}
