using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Inclusion;

namespace Roadmap.Application.Mediation.GetMediationForm;

/// <summary>The recording form for a mediator (others are refused), for a roadmap or from an action.</summary>
[RequiresRole]
public sealed record GetMediationForm(Guid? RoadmapId = null, Guid? ActionId = null) : IQuery<MediationForm>;

internal sealed class GetMediationFormHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetMediationForm, MediationForm>
{
    public async Task<MediationForm> Handle(GetMediationForm request, CancellationToken cancellationToken)
    {
        var organisationIds = await Mediators.OrganisationsOfAsync(db, user.RequireId(), cancellationToken);
        if (organisationIds.Count == 0)
        {
            throw new Common.Exceptions.ForbiddenException(Mediators.NotMediator);
        }

        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).OrderBy(o => o.Name)
            .Select(o => new Choice(o.Id, o.Name)).ToListAsync(cancellationToken);
        var roadmaps = await db.Roadmaps.AsNoTracking().Where(r => r.ArchivedAt == null).OrderBy(r => r.Title)
            .Select(r => new Choice(r.Id, r.Title)).ToListAsync(cancellationToken);
        var action = request.ActionId is { } actionId
            ? await db.Actions.AsNoTracking().Where(a => a.Id == actionId && a.HiddenAt == null).Select(a => new { a.Id, a.RoadmapId }).FirstOrDefaultAsync(cancellationToken)
            : null;
        var roadmapId = action?.RoadmapId ?? request.RoadmapId;
        var chosen = roadmapId is { } id ? await ChosenAsync(id, cancellationToken) : null;
        return new MediationForm(organisations, roadmaps, chosen, action?.Id);
    }

    private async Task<ChosenRoadmap?> ChosenAsync(Guid roadmapId, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roadmapId, cancellationToken);
        if (roadmap is null)
        {
            return null;
        }

        var actions = await db.Actions.AsNoTracking().Where(a => a.RoadmapId == roadmapId && a.HiddenAt == null && a.Status != ActionStatus.Merged)
            .OrderBy(a => a.Title).Select(a => new Choice(a.Id, a.Title)).ToListAsync(cancellationToken);
        var axes = await db.Axes.AsNoTracking().Where(a => a.RoadmapId == roadmapId && a.ArchivedAt == null)
            .OrderBy(a => a.Position).Select(a => new Choice(a.Id, a.Title)).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return new ChosenRoadmap(roadmap.Id, roadmap.Title, roadmap.Slug, actions, axes,
            SupportsRefusal(roadmap),
            roadmap.AcceptsComments ? null : roadmap.ClosedBecause("Les commentaires sont fermés"),
            MediationTargets.Refusal(MediatedContributionKind.Idea, roadmap, null, now));
    }

    private static string? SupportsRefusal(Domain.Roadmaps.TerritorialRoadmap roadmap) =>
        !roadmap.AcceptsSupports ? roadmap.ClosedBecause("Les soutiens sont fermés")
        : roadmap.VotingRules.Eligibility == Domain.Roadmaps.SupportEligibility.VerifiedStanding ? MediationTargets.VerifiedOnly
        : !roadmap.VotingRules.Allows(Domain.Users.ParticipantRole.Citizen) ? "Sur cette feuille de route, seuls les élu·es et les acteurs du territoire peuvent soutenir des actions."
        : null;
}
