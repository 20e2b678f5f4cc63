using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Administration.GetSetupChecklist;

/// <summary>
/// The first-run checklist of a new instance, for Administrators: import the territory, create a
/// roadmap, schedule its phases, add its axes, build its team. Each step links to its page (the
/// roadmap's pages are those of the first roadmap created) and is ticked when done.
/// </summary>
[RequiresRole(RoleNames.Administrator)]
public sealed record GetSetupChecklist : IQuery<SetupChecklist>;

public sealed record SetupChecklist(IReadOnlyList<SetupStep> Steps)
{
    public bool IsComplete => Steps.All(s => s.Done);
}

public sealed record SetupStep(string Label, string Link, bool Done);

internal sealed class GetSetupChecklistHandler(IRoadmapDbContext db) : IRequestHandler<GetSetupChecklist, SetupChecklist>
{
    public async Task<SetupChecklist> Handle(GetSetupChecklist request, CancellationToken cancellationToken)
    {
        // An import brings a département's communes and EPCI with their populations: either means the territory is there.
        var territory = await db.Organisations.AnyAsync(
            o => o.Population != null || o.Kind == OrganisationKind.Commune || o.Kind == OrganisationKind.Epci, cancellationToken);
        var first = await db.Roadmaps.AsNoTracking().OrderBy(r => r.CreatedAt).Select(r => new { r.Id, r.Slug }).FirstOrDefaultAsync(cancellationToken);
        var phases = await db.Roadmaps.AnyAsync(r => r.Phases.Any(), cancellationToken);
        var axes = await db.Axes.AnyAsync(cancellationToken);
        var team = await db.TeamMembers.AnyAsync(cancellationToken);
        var roadmapPage = first is null ? "/admin/feuilles-de-route/nouvelle" : $"/feuilles-de-route/{first.Slug}";

        return new SetupChecklist(
        [
            new("Importer votre territoire", "/admin/territoires", territory),
            new("Créer votre feuille de route", "/admin/feuilles-de-route/nouvelle", first is not null),
            new("Planifier ses phases", first is null ? roadmapPage : $"{roadmapPage}/gestion", phases),
            new("Ajouter ses axes", first is null ? roadmapPage : $"{roadmapPage}/axes", axes),
            new("Constituer son équipe", first is null ? roadmapPage : $"{roadmapPage}/equipe", team),
        ]);
    }
}
