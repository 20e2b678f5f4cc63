using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Roadmaps.Admin.GetRoadmapForAdmin;

/// <summary>One roadmap as its managers configure it, with the collectivities that may own it.</summary>
public sealed record GetRoadmapForAdmin(string Slug) : IQuery<RoadmapAdminView>;

public sealed record RoadmapAdminView(
    Guid Id,
    string Slug,
    string Title,
    string Summary,
    string Description,
    Guid OwnerOrganisationId,
    RoadmapPhase Phase,
    RoadmapPhase? NextPhase,
    string? PhaseMessage,
    DateTimeOffset? PhaseChangedAt,
    bool AdvancesAutomatically,
    DateTimeOffset? ArchivedAt,
    IReadOnlyList<PhaseSchedule> Phases,
    bool CanArchive);

internal sealed class GetRoadmapForAdminHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<GetRoadmapForAdmin, RoadmapAdminView>
{
    public async Task<RoadmapAdminView> Handle(GetRoadmapForAdmin request, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.AsNoTracking().FirstOrDefaultAsync(r => r.Slug == request.Slug, cancellationToken)
            ?? throw new NotFoundException("La feuille de route", request.Slug);
        await db.EnsureCanManageAsync(user, roadmap.Id, cancellationToken);
        return new RoadmapAdminView(
            roadmap.Id, roadmap.Slug, roadmap.Title, roadmap.Summary, roadmap.Description, roadmap.OwnerOrganisationId,
            roadmap.CurrentPhase, roadmap.NextPhase, roadmap.PhaseMessage, roadmap.PhaseChangedAt, roadmap.AdvancesAutomatically,
            roadmap.ArchivedAt, roadmap.Phases, user.IsInRole(RoleNames.Administrator));
    }
}
