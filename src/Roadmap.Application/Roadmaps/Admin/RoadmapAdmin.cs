using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Roadmaps.Admin;

/// <summary>What the roadmap back-office use cases share: loading, the owner, the address, the audit state.</summary>
internal static class RoadmapAdmin
{
    public const string SlugTaken = "Cette adresse est déjà prise.";
    public const string OwnerMissing = "Choisissez la collectivité qui porte la feuille de route.";

    /// <summary>The organisations that may own a roadmap: the collectivities.</summary>
    public static readonly OrganisationKind[] OwnerKinds = [OrganisationKind.Region, OrganisationKind.Departement, OrganisationKind.Epci, OrganisationKind.Commune];

    public static async Task<TerritorialRoadmap> LoadAsync(IRoadmapDbContext db, string slug, CancellationToken cancellationToken) =>
        await db.Roadmaps.FirstOrDefaultAsync(r => r.Slug == slug, cancellationToken)
            ?? throw new NotFoundException("La feuille de route", slug);

    public static async Task<Organisation> LoadOwnerAsync(IRoadmapDbContext db, Guid organisationId, CancellationToken cancellationToken) =>
        await db.Organisations.FirstOrDefaultAsync(o => o.Id == organisationId && OwnerKinds.Contains(o.Kind), cancellationToken)
            ?? throw ValidationFailedException.For("OwnerOrganisationId", OwnerMissing);

    public static async Task EnsureSlugFreeAsync(IRoadmapDbContext db, string slug, Guid? except, CancellationToken cancellationToken)
    {
        if (await db.Roadmaps.AnyAsync(r => r.Slug == slug && r.Id != except, cancellationToken))
        {
            throw ValidationFailedException.For("Slug", SlugTaken);
        }
    }

    public static string Subject(TerritorialRoadmap roadmap) => $"Feuille de route « {roadmap.Title} »";

    /// <summary>The described fields, as the journal shows them before and after a change.</summary>
    public static object Description(TerritorialRoadmap roadmap) =>
        new { roadmap.Title, roadmap.Slug, roadmap.Summary, roadmap.Description, roadmap.OwnerOrganisationId };

    public static object Schedule(TerritorialRoadmap roadmap) =>
        new { Phases = roadmap.Phases.Select(p => new { p.Phase, p.StartsOn, p.EndsOn }).ToList(), roadmap.AdvancesAutomatically };
}
