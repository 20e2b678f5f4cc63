using MediatR;
using Roadmap.Application.Actions;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Inclusion;

namespace Roadmap.Application.Mediation.RecordContribution;

/// <summary>
/// A mediator records what a resident met in person or on the phone says: a support or a comment on an action, or an
/// idea for the roadmap. Only for an organisation the mediator holds a grant for (checked against the database, see
/// <see cref="Mediators"/>); with the resident's consent; once per resident and target.
/// </summary>
[RequiresRole]
public sealed record RecordContribution(
    MediatedContributionKind Kind, Guid RoadmapId, Guid? ActionId, Guid? OrganisationId,
    string FirstName, string Initial, string Commune, AgeBracket? AgeBracket,
    string? Title, string? Body, bool Consent, Guid? AxisId = null) : IRequest<RecordedContribution>;

/// <summary>The contribution recorded, and where it shows.</summary>
public sealed record RecordedContribution(Guid Id, string Link);

internal sealed class RecordContributionHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RecordContribution, RecordedContribution>
{
    public async Task<RecordedContribution> Handle(RecordContribution request, CancellationToken cancellationToken)
    {
        var organisationId = await Mediators.EnsureMediatorForAsync(db, user, request.OrganisationId, cancellationToken);
        var actionId = request.Kind == MediatedContributionKind.Idea ? null : request.ActionId;
        var (roadmap, action) = await MediationTargets.LoadAsync(db, request.RoadmapId, actionId, cancellationToken);
        var now = clock.GetUtcNow();
        MediationTargets.EnsureOpen(request.Kind, roadmap, action, now);
        var axisId = request.Kind == MediatedContributionKind.Idea ? request.AxisId : null;
        await MediationTargets.EnsureAxisOfAsync(db, roadmap.Id, axisId, cancellationToken);

        var communeId = await CommuneMatch.ResolveAsync(db, request.Commune, cancellationToken);
        var resident = Resident.Checked(request.FirstName, request.Initial, communeId, request.AgeBracket);
        var contribution = MediatedContribution.Record(
            request.Kind, roadmap.Id, action?.Id, axisId, organisationId, user.RequireId(), resident, request.Title, request.Body, request.Consent, now);
        db.MediatedContributions.Add(contribution);
        await Duplicates.SaveAsync(db, contribution, cancellationToken);
        if (action is not null)
        {
            await ActionCounters.RefreshAsync(db, action.Id, cancellationToken);
        }

        return new RecordedContribution(contribution.Id, action is null ? SiteLinks.Roadmap(roadmap.Slug) : SiteLinks.Action(roadmap.Slug, action.Id));
    }
}
