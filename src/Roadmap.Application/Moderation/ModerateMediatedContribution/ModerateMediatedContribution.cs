using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Inclusion;

namespace Roadmap.Application.Moderation.ModerateMediatedContribution;

/// <summary>
/// A moderator hides a comment or an idea a mediator recorded, with a reason, or shows it again: a hidden one leaves
/// the action's and the roadmap's pages and the open data. Global staff moderate every roadmap; a roadmap's team
/// moderates that roadmap only. Each change is in the audit journal; a second submit of the same decision changes
/// nothing and records nothing.
/// </summary>
[RequiresRole]
public sealed record ModerateMediatedContribution(Guid ContributionId, ModerationDecision Decision, string? Reason = null) : IRequest<Unit>, IModerationRequest;

internal sealed class ModerateMediatedContributionHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ModerateMediatedContribution, Unit>
{
    public async Task<Unit> Handle(ModerateMediatedContribution request, CancellationToken cancellationToken)
    {
        var contribution = await db.MediatedContributions.AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.ContributionId, cancellationToken)
            ?? throw new NotFoundException("La contribution", request.ContributionId);
        await db.EnsureTeamAsync(user, contribution.RoadmapId, cancellationToken);
        var before = State(contribution);
        var now = clock.GetUtcNow();
        var hide = request.Decision == ModerationDecision.Hide;
        if (!(hide ? contribution.Hide(request.Reason, now) : contribution.Restore()))
        {
            return Unit.Value;
        }

        // Conditional on the state read: of two submits racing, one changes the row and records it, the other nothing.
        var row = db.MediatedContributions.Where(c => c.Id == contribution.Id);
        var changed = await (hide ? row.Where(c => c.HiddenAt == null) : row.Where(c => c.HiddenAt != null))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.HiddenAt, contribution.HiddenAt).SetProperty(c => c.HiddenReason, contribution.HiddenReason), cancellationToken);
        if (changed == 0)
        {
            return Unit.Value;
        }

        await db.RecordAsync(user, now, contribution.RoadmapId, hide ? "mediation.hidden" : "mediation.restored", Subject(contribution),
            before, State(contribution), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private static string Subject(MediatedContribution c) =>
        $"Contribution recueillie ({c.Kind.French().ToLowerInvariant()}) de {c.ResidentFirstName} {c.ResidentInitial}. : « {(c.Title.Length > 0 ? c.Title : c.Body)} »";

    private static ModerationState State(MediatedContribution c) => new(c.IsHidden, c.HiddenReason);

    private sealed record ModerationState(bool Hidden, string Reason);
}
