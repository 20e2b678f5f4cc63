using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Organisations;

namespace Roadmap.Application.FollowUp.Communes;

/// <summary>Reads communes with their intercommunalité and département (commune → EPCI → département by <c>ParentId</c>).</summary>
internal static class CommuneReader
{
    public sealed record RoadmapName(Guid Id, string Slug, string Title);

    private sealed record Node(Guid Id, string Name, OrganisationKind Kind, Guid? ParentId);

    public static async Task<RoadmapName> RoadmapAsync(this IRoadmapDbContext db, string slug, CancellationToken cancellationToken) =>
        await db.Roadmaps.AsNoTracking().Where(r => r.Slug == slug).Select(r => new RoadmapName(r.Id, r.Slug, r.Title)).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("La feuille de route", slug);

    public static async Task<CommuneMatch> CommuneAsync(this IRoadmapDbContext db, Guid id, CancellationToken cancellationToken) =>
        (await db.CommunesAsync([id], cancellationToken)).SingleOrDefault() ?? throw new NotFoundException("La commune", id);

    /// <summary>
    /// The communes among <paramref name="ids"/>, in that order. The département is the one whose code starts the
    /// commune's INSEE code (right even under an EPCI that spans two départements), else the one above it.
    /// </summary>
    public static async Task<List<CommuneMatch>> CommunesAsync(this IRoadmapDbContext db, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var communes = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id) && o.Kind == OrganisationKind.Commune)
            .Select(o => new { o.Id, o.Name, o.PostalCodes, o.OfficialCode, o.ParentId }).ToListAsync(cancellationToken);
        var parents = await db.NodesAsync(communes.Select(c => c.ParentId), cancellationToken);
        var grandParents = await db.NodesAsync(parents.Values.Select(p => p.ParentId), cancellationToken);
        var codes = communes.Select(c => DepartementCode(c.OfficialCode)).OfType<string>().Distinct().ToList();
        var departements = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Departement && codes.Contains(o.OfficialCode!))
            .Select(o => new { o.OfficialCode, Node = new Node(o.Id, o.Name, o.Kind, o.ParentId) }).ToListAsync(cancellationToken);

        Node? Above(Guid? id, OrganisationKind kind) =>
            id is { } parentId && parents.TryGetValue(parentId, out var parent)
                ? parent.Kind == kind ? parent : parent.ParentId is { } up && grandParents.TryGetValue(up, out var grandParent) && grandParent.Kind == kind ? grandParent : null
                : null;

        return [.. communes.OrderBy(c => ids.IndexOf(c.Id)).Select(c =>
        {
            var epci = Above(c.ParentId, OrganisationKind.Epci);
            var departement = departements.FirstOrDefault(d => d.OfficialCode == DepartementCode(c.OfficialCode))?.Node ?? Above(c.ParentId, OrganisationKind.Departement);
            return new CommuneMatch(c.Id, c.Name, c.PostalCodes, epci?.Id, epci?.Name, departement?.Id, departement?.Name);
        })];
    }

    /// <summary>« 72181 » → « 72 »; overseas « 97101 » → « 971 »; Corsica « 2A004 » → « 2A ».</summary>
    private static string? DepartementCode(string? inseeCode) =>
        inseeCode is not { Length: 5 } ? null : inseeCode.StartsWith("97", StringComparison.Ordinal) || inseeCode.StartsWith("98", StringComparison.Ordinal) ? inseeCode[..3] : inseeCode[..2];

    private static async Task<Dictionary<Guid, Node>> NodesAsync(this IRoadmapDbContext db, IEnumerable<Guid?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        return wanted.Count == 0
            ? []
            : await db.Organisations.AsNoTracking().Where(o => wanted.Contains(o.Id))
                .Select(o => new Node(o.Id, o.Name, o.Kind, o.ParentId)).ToDictionaryAsync(n => n.Id, cancellationToken);
    }

    private static int IndexOf(this IReadOnlyList<Guid> ids, Guid id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == id)
            {
                return i;
            }
        }

        return -1;
    }
}
