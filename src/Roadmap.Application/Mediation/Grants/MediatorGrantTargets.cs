using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Organisations;

namespace Roadmap.Application.Mediation.Grants;

internal static class MediatorGrantTargets
{
    /// <summary>What the journal shows of a grant.</summary>
    public sealed record GrantState(string Person, string Organisation);

    public static async Task<Organisation> OrganisationAsync(IRoadmapDbContext db, Guid organisationId, CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId, cancellationToken)
            ?? throw new NotFoundException("L'organisation", organisationId);
}
