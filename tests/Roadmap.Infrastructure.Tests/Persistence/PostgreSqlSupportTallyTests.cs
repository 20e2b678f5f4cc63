using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Roadmap.Application;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Standing;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Participation.GetSupportTally;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Infrastructure.Seeding;
using ActionSupport = Roadmap.Application.Domain.Participation.Support;

namespace Roadmap.Infrastructure.Tests.Persistence;

/// <summary>
/// The verified-standing tally (its GROUP BY over a CASE, by role and by organisation) on a real
/// PostgreSQL server (test.sh sets ROADMAP_TEST_POSTGRES): a support given as elected official or actor
/// by a person whose standing was approved for another roadmap only counts as a citizen without
/// organisation; a standing approved here, or a role no claim gave, counts as is; a pending claim changes nothing.
/// </summary>
public sealed class PostgreSqlSupportTallyTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private readonly string _name = $"roadmap_tally_{Guid.NewGuid():N}";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "roadmap-pg-tests", Guid.NewGuid().ToString("N"));
    private readonly string? _server = Environment.GetEnvironmentVariable("ROADMAP_TEST_POSTGRES");
    private ServiceProvider? _services;

    [SkippableFact]
    public async Task CountsVerifiedStandingsOnlyByRoleAndByOrganisation()
    {
        Skip.If(_services is null, "ROADMAP_TEST_POSTGRES non défini : tests PostgreSQL ignorés (test.sh démarre un serveur)");
        var scene = await ArrangeAsync();

        await using var scope = _services!.CreateAsyncScope();
        var tally = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetSupportTally(scene.ActionId));

        Assert.Equal(5, tally.Total);
        Assert.NotNull(tally.ByRole);
        Assert.NotNull(tally.ByOrganisation);
        Assert.Equal(
            [(SupporterGroup.ElectedOfficials, 2), (SupporterGroup.Actors, 1), (SupporterGroup.Citizens, 2), (SupporterGroup.Staff, 0)],
            tally.ByRole.Select(r => (r.Group, r.Count)));
        Assert.Equal(
            [("Commune de Sablé-sur-Sarthe", 2), ("Le Mans Métropole", 1), ("Sans organisation", 2)],
            tally.ByOrganisation.Select(o => (o.Name, o.Count)));
    }

    public async Task InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(_server))
        {
            return;
        }

        await ExecuteOnServerAsync($"CREATE DATABASE \"{_name}\"");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = nameof(DatabaseProvider.PostgreSql),
            ["ConnectionStrings:Roadmap"] = new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString,
        }).Build();
        Directory.CreateDirectory(_folder);
        _services = new ServiceCollection()
            .AddLogging()
            .AddApplication()
            .AddInfrastructure(configuration, _folder)
            .AddScoped<ICurrentUser, AnonymousVisitor>()
            .AddSingleton(TimeProvider.System)
            .BuildServiceProvider();
        await DatabaseSetup.PrepareAsync(_services);
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        if (!string.IsNullOrWhiteSpace(_server))
        {
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>
    /// Roadmap A (the action's) and B. Supporters: an official approved for A, an actor approved for A,
    /// an official approved for B only (not verified on A), an official whose role an Administrator
    /// gave with a claim for A still pending, and a citizen.
    /// </summary>
    private async Task<(Guid ActionId, Guid RoadmapId)> ArrangeAsync()
    {
        await using var scope = _services!.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RoadmapDbContext>();
        var owner = Organisation.Create("Département de la Sarthe", OrganisationKind.Departement, "72");
        var sable = Organisation.Create("Commune de Sablé-sur-Sarthe", OrganisationKind.Commune, "72264");
        var leMans = Organisation.Create("Le Mans Métropole", OrganisationKind.Epci, "247200132");
        var a = TerritorialRoadmap.Create(owner, "Feuille A", "feuille-a", "", Now);
        var axis = a.AddAxis("Inclusion numérique", "");
        a.AdvanceTo(RoadmapPhase.Concertation);
        var b = TerritorialRoadmap.Create(owner, "Feuille B", "feuille-b", "", Now);
        var people = Enumerable.Range(1, 5).Select(i => ApplicationUser.Open($"personne{i}@example.fr", $"Personne {i}", Now)).ToList();
        var action = RoadmapAction.Propose(a, new ActionDraft(axis.Id, "Ouvrir des permanences", "Dans chaque commune.", "", null, [], [], [], new ActionBudget(null, ""), []), people[4].Id, Now);
        var decider = people[4].Id;
        StandingClaim Approved(ApplicationUser person, TerritorialRoadmap roadmap, Organisation organisation, ParticipantRole role)
        {
            var claim = StandingClaim.Submit(person.Id, roadmap.Id, organisation.Id, role, "Je suis bien cette personne.", Now);
            claim.Approve(decider, null, Now);
            return claim;
        }

        db.AddRange(owner, sable, leMans, a, b, action);
        db.Users.AddRange(people);
        db.StandingClaims.AddRange(
            Approved(people[0], a, sable, ParticipantRole.ElectedOfficial),
            Approved(people[1], a, leMans, ParticipantRole.Actor),
            Approved(people[2], b, leMans, ParticipantRole.ElectedOfficial),
            StandingClaim.Submit(people[3].Id, a.Id, sable.Id, ParticipantRole.ElectedOfficial, "En attente.", Now));
        db.Supports.AddRange(
            ActionSupport.Give(a, action, people[0].Id, ParticipantRole.ElectedOfficial, sable.Id, Now),
            ActionSupport.Give(a, action, people[1].Id, ParticipantRole.Actor, leMans.Id, Now),
            ActionSupport.Give(a, action, people[2].Id, ParticipantRole.ElectedOfficial, leMans.Id, Now),
            ActionSupport.Give(a, action, people[3].Id, ParticipantRole.ElectedOfficial, sable.Id, Now),
            ActionSupport.Give(a, action, people[4].Id, ParticipantRole.Citizen, null, Now));
        await db.SaveChangesAsync();
        return (action.Id, a.Id);
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class AnonymousVisitor : ICurrentUser
    {
        public Guid? Id => null;

        public Guid? OrganisationId => null;

        public bool IsInRole(string role) => false;
    }
}
