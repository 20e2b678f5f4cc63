using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Standing.GetStandingClaimForm;

/// <summary>
/// What the standing form offers: the roadmaps still open (not archived), and whether there is any organisation to
/// claim (the form finds them with <see cref="Organisations.FindOrganisationChoices.FindOrganisationChoices"/>).
/// </summary>
[RequiresRole]
public sealed record GetStandingClaimForm : IQuery<StandingClaimForm>;

public sealed record StandingClaimForm(IReadOnlyList<StandingRoadmapChoice> Roadmaps, bool HasOrganisations);

public sealed record StandingRoadmapChoice(string Slug, string Title);

internal sealed class GetStandingClaimFormHandler(IRoadmapDbContext db) : IRequestHandler<GetStandingClaimForm, StandingClaimForm>
{
    public async Task<StandingClaimForm> Handle(GetStandingClaimForm request, CancellationToken cancellationToken)
    {
        var roadmaps = await db.Roadmaps.AsNoTracking().Where(r => r.ArchivedAt == null)
            .Select(r => new StandingRoadmapChoice(r.Slug, r.Title)).ToListAsync(cancellationToken);
        return new StandingClaimForm(roadmaps.OrderBy(r => r.Title, FrenchFormat.Order).ToList(), await db.Organisations.AnyAsync(cancellationToken));
    }
}
