using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.FollowUp.Communes;

namespace Roadmap.Application.FollowUp.GetCommuneActions;

/// <summary>« Ma commune », once the commune is chosen: the roadmap's public actions that concern it. Public.</summary>
public sealed record GetCommuneActions(string Slug, Guid CommuneId) : IQuery<CommuneActions>;

internal sealed class GetCommuneActionsHandler(IRoadmapDbContext db) : IRequestHandler<GetCommuneActions, CommuneActions>
{
    public async Task<CommuneActions> Handle(GetCommuneActions request, CancellationToken cancellationToken)
    {
        var roadmap = await db.RoadmapAsync(request.Slug, cancellationToken);
        var commune = await db.CommuneAsync(request.CommuneId, cancellationToken);
        return await db.CommuneActionsAsync(roadmap, commune, cancellationToken);
    }
}
