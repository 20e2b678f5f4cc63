using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Infrastructure;
using Roadmap.Infrastructure.Persistence;

namespace Roadmap.E2E.Tests.Deployment;

/// <summary>
/// What the smoke journey acts on, written straight into the nodes' PostgreSQL database once the first node has
/// migrated it: a roadmap in the workshops phase with one axis, an administrator, a facilitator and a workshop open to guests.
/// </summary>
public sealed record SmokeData(string Slug, string RoadmapTitle, Guid AxisId, string AxisTitle, string JoinCode, string Password)
{
    public const string AdminEmail = "admin@deux-noeuds.example.fr";
    public const string FacilitatorEmail = "animation@deux-noeuds.example.fr";

    public static async Task<SmokeData> SeedAsync(string connectionString, string folder)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Roadmap"] = connectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddApplication().AddInfrastructure(configuration, folder);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RoadmapDbContext>();
        var now = DateTimeOffset.UtcNow;

        var department = Organisation.Create("Département des Deux Nœuds", OrganisationKind.Departement, "98");
        var roadmap = TerritorialRoadmap.Create(department, "Feuille de route des deux nœuds", "deux-noeuds", "Servie par **deux nœuds** derrière nginx.", now);
        var axis = roadmap.AddAxis("Inclusion numérique", "Accompagner tous les publics.");
        roadmap.AdvanceTo(RoadmapPhase.Ateliers);
        db.AddRange(department, roadmap);
        await db.SaveChangesAsync();

        var password = $"Deux-Noeuds-{Guid.NewGuid():N}";
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        await CreateAsync(users, AdminEmail, "Administration des deux nœuds", password, RoleNames.Administrator, now);
        var facilitator = await CreateAsync(users, FacilitatorEmail, "Animation des deux nœuds", password, RoleNames.Facilitator, now);

        var draft = new WorkshopDraft("Atelier sur deux nœuds", now.AddMinutes(5), 60, WorkshopMode.Visio, "https://visio.example.fr/deux-noeuds", null, AllowGuests: true, [],
            [new AgendaItemDraft(AgendaItemKind.Axis, axis.Id, null, null)]);
        var workshop = Workshop.Schedule(roadmap, draft, new HashSet<Guid>(), facilitator.Id, JoinCodes.New(), now);
        db.Workshops.Add(workshop);
        await db.SaveChangesAsync();
        return new SmokeData(roadmap.Slug, roadmap.Title, axis.Id, axis.Title, workshop.JoinCode, password);
    }

    private static async Task<ApplicationUser> CreateAsync(UserManager<ApplicationUser> users, string email, string name, string password, string role, DateTimeOffset now)
    {
        var user = new ApplicationUser { Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = now };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        return user;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
