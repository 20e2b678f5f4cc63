using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Inclusion;

namespace Roadmap.Application.Mediation.GetMediatedVoices;

/// <summary>Mediated contributions as shown publicly (newest first, hidden ones left out), for an action's page or a roadmap's.</summary>
internal static class MediatedVoiceRows
{
    public const int MaxShown = 200;

    public static async Task<IReadOnlyList<MediatedVoice>> ReadAsync(
        IRoadmapDbContext db, IMarkdownRenderer markdown, IQueryable<MediatedContribution> contributions, CancellationToken cancellationToken)
    {
        var rows = await (
            from c in contributions.AsNoTracking().Where(c => c.HiddenAt == null)
            join o in db.Organisations on c.OrganisationId equals o.Id
            join commune in db.Organisations on c.CommuneId equals commune.Id
            orderby c.CreatedAt descending
            select new { c.Id, c.Kind, c.ResidentFirstName, c.ResidentInitial, Commune = commune.Name, Organisation = o.Name, c.Title, c.Body, c.CreatedAt })
            .Take(MaxShown)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new MediatedVoice(
            r.Id, r.Kind, $"{r.ResidentFirstName} {r.ResidentInitial}.", r.Commune, r.Organisation, r.Title, markdown.ToSafeHtml(r.Body), r.CreatedAt)).ToList();
    }
}
