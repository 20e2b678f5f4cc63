using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
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
    public const int MaxResults = 20;
    public const int QueryMaxLength = 100;
}

/// <summary>A person found, with their current role in this roadmap's team if any.</summary>
public sealed record PersonOption(Guid Id, string DisplayName, string Email, TeamRole? TeamRole);

internal sealed class FindPeopleValidator : AbstractValidator<FindPeople>
{
    public FindPeopleValidator() =>
        RuleFor(r => r.Query)
            .Must(q => !string.IsNullOrWhiteSpace(q)).WithMessage("Saisissez un nom ou une adresse e-mail.")
            .MaximumLength(FindPeople.QueryMaxLength).WithMessage($"La recherche ne doit pas dépasser {FindPeople.QueryMaxLength} caractères.");
}

internal sealed class FindPeopleHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<FindPeople, IReadOnlyList<PersonOption>>
{
    public async Task<IReadOnlyList<PersonOption>> Handle(FindPeople request, CancellationToken cancellationToken)
    {
        var roadmap = await TeamRules.LoadRoadmapAsync(db, request.Slug, cancellationToken);
        await db.EnsureCanManageAsync(user, roadmap.Id, cancellationToken);
        var query = request.Query.Trim();
        var email = query.ToUpperInvariant();
        var name = query.ToLowerInvariant();
        return await db.Users.AsNoTracking()
            .Where(u => u.NormalizedEmail!.Contains(email) || u.DisplayName.ToLower().Contains(name))
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Take(FindPeople.MaxResults)
            .Select(u => new PersonOption(u.Id, u.DisplayName, u.Email ?? "",
                db.TeamMembers.Where(m => m.RoadmapId == roadmap.Id && m.UserId == u.Id).Select(m => (TeamRole?)m.Role).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }
}
