using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Roadmaps.Rules.GetParticipationRules;

/// <summary>A roadmap's participation rules, for its managers' form.</summary>
[RequiresRole]
public sealed record GetParticipationRules(string RoadmapSlug) : IQuery<ParticipationRules>;

internal sealed class GetParticipationRulesHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<GetParticipationRules, ParticipationRules>
{
    public async Task<ParticipationRules> Handle(GetParticipationRules request, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.AsNoTracking().FirstOrDefaultAsync(r => r.Slug == request.RoadmapSlug, cancellationToken)
            ?? throw new NotFoundException("La feuille de route", request.RoadmapSlug);
        await db.EnsureCanManageAsync(user, roadmap.Id, cancellationToken);
        return ParticipationRules.Of(roadmap);
    }
}
