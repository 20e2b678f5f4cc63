using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions.SearchActions;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.FollowUp.Communes;

namespace Roadmap.Application.FollowUp.FindCommuneActions;

/// <summary>
/// « Ma commune »: the communes named <see cref="Term"/> (every word, case and accents aside) or having it as
/// postcode; with exactly one, the roadmap's public actions that concern it. Public.
/// </summary>
public sealed record FindCommuneActions(string Slug, string Term) : IQuery<CommuneSearch>
{
    public const int TermMaxLength = 100;
    public const int MaxMatches = 50;
}

internal sealed class FindCommuneActionsHandler(IRoadmapDbContext db) : IRequestHandler<FindCommuneActions, CommuneSearch>
{
    public async Task<CommuneSearch> Handle(FindCommuneActions request, CancellationToken cancellationToken)
    {
        var roadmap = await db.RoadmapAsync(request.Slug, cancellationToken);
        var term = request.Term.Trim();
        var ids = await MatchesAsync(term, cancellationToken);
        var matches = await db.CommunesAsync([.. ids.Take(FindCommuneActions.MaxMatches)], cancellationToken);
        var actions = matches.Count == 1 ? await db.CommuneActionsAsync(roadmap, matches[0], cancellationToken) : null;
        return new CommuneSearch(roadmap.Slug, roadmap.Title, term, matches, ids.Count > FindCommuneActions.MaxMatches, actions);
    }

    /// <summary>Five digits are a postcode; anything else a name: narrowed by LIKE in SQL, compared folded in memory (exact names first).</summary>
    private async Task<List<Guid>> MatchesAsync(string term, CancellationToken cancellationToken)
    {
        var communes = db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Commune);
        if (term.Length == 5 && term.All(char.IsAsciiDigit))
        {
            var postcode = $" {term} ";
            return await communes.Where(o => o.PostalCodes != null && (" " + o.PostalCodes + " ").Contains(postcode))
                .OrderBy(o => o.Name).Select(o => o.Id).ToListAsync(cancellationToken);
        }

        var words = TextMatch.Words(term);
        if (words.Count == 0)
        {
            return [];
        }

        foreach (var pattern in words.Select(TextMatch.LikePattern))
        {
            communes = communes.Where(o => EF.Functions.Like(o.Name.ToLower(), pattern));
        }

        var folded = TextMatch.Fold(term);
        var candidates = await communes.Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        return [.. candidates.Where(c => TextMatch.Matches(words, c.Name, ""))
            .OrderBy(c => TextMatch.Fold(c.Name) != folded).ThenBy(c => c.Name, FrenchFormat.Order).Select(c => c.Id)];
    }
}

internal sealed class FindCommuneActionsValidator : AbstractValidator<FindCommuneActions>
{
    public FindCommuneActionsValidator()
    {
        RuleFor(x => x.Term).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Saisissez le nom d'une commune ou son code postal.")
            .MaximumLength(FindCommuneActions.TermMaxLength).WithMessage($"La recherche ne doit pas dépasser {FindCommuneActions.TermMaxLength} caractères.");
    }
}
