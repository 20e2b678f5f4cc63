using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Roadmaps.Team.FindPeople;

/// <summary>
/// Accounts whose name or e-mail contains <see cref="Query"/> (at most <see cref="MaxResults"/>, by
/// name), for the grant form of a roadmap's team: only those who manage that roadmap may search.
/// </summary>
[RequiresRole]
public sealed record FindPeople(string Slug, string Query) : IQuery<IReadOnlyList<PersonOption>>
{
    public const int MaxResults = PeopleSearch.MaxResults;
    public const int QueryMaxLength = PeopleSearch.TextMaxLength;
}

/// <summary>A person found, with their current role in this roadmap's team if any.</summary>
public sealed record PersonOption(Guid Id, string DisplayName, string Email, TeamRole? TeamRole);

internal sealed class FindPeopleValidator : AbstractValidator<FindPeople>
{
    public FindPeopleValidator() =>
        RuleFor(r => r.Query).ValidSearchText();
}

internal sealed class FindPeopleHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<FindPeople, IReadOnlyList<PersonOption>>
{
    public async Task<IReadOnlyList<PersonOption>> Handle(FindPeople request, CancellationToken cancellationToken)
    {
        var roadmap = await TeamRules.LoadRoadmapAsync(db, request.Slug, cancellationToken);
        await db.EnsureCanManageAsync(user, roadmap.Id, cancellationToken);
        return await db.Users.AsNoTracking().Matching(request.Query)
            .Select(u => new PersonOption(u.Id, u.DisplayName, u.Email ?? "",
                db.TeamMembers.Where(m => m.RoadmapId == roadmap.Id && m.UserId == u.Id).Select(m => (TeamRole?)m.Role).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }
}
