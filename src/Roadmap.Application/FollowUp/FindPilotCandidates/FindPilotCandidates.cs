using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.FollowUp.FindPilotCandidates;

/// <summary>
/// The people who may be named pilot of an action (see <see cref="PilotEligibility"/>) whose name or
/// e-mail contains <see cref="Term"/>, by name, at most <see cref="MaxResults"/>: for its roadmap's managers only.
/// </summary>
[RequiresRole]
public sealed record FindPilotCandidates(Guid ActionId, string Term) : IQuery<IReadOnlyList<PilotCandidate>>
{
    public const int MaxResults = PeopleSearch.MaxResults;
    public const int TermMaxLength = PeopleSearch.TextMaxLength;
}

/// <summary>A person who may pilot the action; <see cref="IsPilot"/> when they already do.</summary>
public sealed record PilotCandidate(Guid Id, string DisplayName, string Email, string? OrganisationName, bool IsTeam, bool IsPilot);

internal sealed class FindPilotCandidatesValidator : AbstractValidator<FindPilotCandidates>
{
    public FindPilotCandidatesValidator() =>
        RuleFor(r => r.Term).ValidSearchText();
}

internal sealed class FindPilotCandidatesHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<FindPilotCandidates, IReadOnlyList<PilotCandidate>>
{
    public async Task<IReadOnlyList<PilotCandidate>> Handle(FindPilotCandidates request, CancellationToken cancellationToken)
    {
        var action = await FollowUpActions.LoadAsync(db, request.ActionId, cancellationToken);
        await db.EnsureCanManageAsync(user, action.RoadmapId, cancellationToken);
        return await PilotEligibility.EligibleUsers(db, action).AsNoTracking().Matching(request.Term)
            .Select(u => new PilotCandidate(u.Id, u.DisplayName, u.Email ?? "",
                db.Organisations.Where(o => o.Id == u.OrganisationId).Select(o => o.Name).FirstOrDefault(),
                db.TeamMembers.Any(m => m.RoadmapId == action.RoadmapId && m.UserId == u.Id),
                db.Pilots.Any(p => p.ActionId == action.Id && p.UserId == u.Id)))
            .ToListAsync(cancellationToken);
    }
}
