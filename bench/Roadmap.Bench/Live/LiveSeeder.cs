using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Infrastructure.Seeding;

namespace Roadmap.Bench.Live;

internal sealed record LiveData(Guid WorkshopId, string JoinCode, string FacilitatorEmail, string FacilitatorPassword);

/// <summary>
/// A fresh SQLite file through the app's migrations: a roadmap in the Ateliers phase, a facilitator
/// account (random password, signed in through the API like any client) and a scheduled workshop
/// open to guests, which the facilitator's Join turns Live.
/// </summary>
internal static class LiveSeeder
{
    public const string Email = "animation@banc.roadmap.local";

    public static async Task<LiveData> SeedAsync(BenchDatabase database, string folder, CancellationToken cancellationToken)
    {
        await using var provider = BenchSeeder.Services(database, folder).BuildServiceProvider();
        await DatabaseSetup.PrepareAsync(provider, cancellationToken);
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RoadmapDbContext>();
        var now = DateTimeOffset.UtcNow;

        var department = Organisation.Create("Département du Banc d'Essai", OrganisationKind.Departement, "99");
        var roadmap = TerritorialRoadmap.Create(department, "Feuille de route du banc d'essai", "banc-atelier", "Atelier **en direct** mesuré.", now);
        roadmap.AddAxis("Inclusion numérique", "Accompagner tous les publics.");
        roadmap.AdvanceTo(RoadmapPhase.Ateliers);
        db.AddRange(department, roadmap);
        await db.SaveChangesAsync(cancellationToken);

        var password = $"Banc-{Guid.NewGuid():N}";
        var facilitator = new ApplicationUser { Id = Guid.NewGuid(), UserName = Email, Email = Email, DisplayName = "Animation du banc", CreatedAt = now, EmailConfirmed = true };
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Check(await users.CreateAsync(facilitator, password));
        Check(await users.AddToRoleAsync(facilitator, RoleNames.Facilitator));

        var draft = new WorkshopDraft("Atelier du banc d'essai", now.AddMinutes(5), 120, WorkshopMode.Visio, "https://visio.example.fr/banc", null, AllowGuests: true, [],
            [new AgendaItemDraft(AgendaItemKind.Axis, roadmap.Axes[0].Id, null, null)]);
        var workshop = Workshop.Schedule(roadmap, draft, new HashSet<Guid>(), facilitator.Id, JoinCodes.New(), now);
        db.Workshops.Add(workshop);
        await db.SaveChangesAsync(cancellationToken);
        SqliteConnection.ClearAllPools();
        return new LiveData(workshop.Id, workshop.JoinCode, Email, password);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
