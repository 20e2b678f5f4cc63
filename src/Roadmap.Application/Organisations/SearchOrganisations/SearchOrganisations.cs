using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions.SearchActions;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Organisations;

namespace Roadmap.Application.Organisations.SearchOrganisations;

/// <summary>
/// Organisations by name (every word, ignoring case and accents, as the action search does), official
/// code (INSEE, SIREN of an EPCI) or postcode; optionally of one kind or under one parent. By name,
/// <see cref="PageSize"/> per page. Public: organisations are public facts.
/// </summary>
public sealed record SearchOrganisations(string? Q = null, OrganisationKind? Kind = null, Guid? Parent = null, int Page = 1) : IQuery<OrganisationPage>
{
    public const int PageSize = 50;
    public const int QMaxLength = 100;
}

internal sealed class SearchOrganisationsHandler(IRoadmapDbContext db) : IRequestHandler<SearchOrganisations, OrganisationPage>
{
    public async Task<OrganisationPage> Handle(SearchOrganisations request, CancellationToken cancellationToken)
    {
        var organisations = db.Organisations.AsNoTracking();
        if (request.Kind is { } kind)
        {
            organisations = organisations.Where(o => o.Kind == kind);
        }

        if (request.Parent is { } parent)
        {
            organisations = organisations.Where(o => o.ParentId == parent);
        }

        var words = TextMatch.Words(request.Q);
        List<Organisation> page;
        int total;
        if (words.Count == 0)
        {
            total = await organisations.CountAsync(cancellationToken);
            page = await organisations.OrderBy(o => o.Name).ThenBy(o => o.Id)
                .Skip((request.Page - 1) * SearchOrganisations.PageSize).Take(SearchOrganisations.PageSize).ToListAsync(cancellationToken);
        }
        else
        {
            // The database narrows (LIKE on the name, exact code, postcode); the folded comparison runs in memory.
            var code = request.Q!.Trim();
            var byName = organisations;
            foreach (var pattern in words.Select(TextMatch.LikePattern))
            {
                byName = byName.Where(o => EF.Functions.Like(o.Name.ToLower(), pattern));
            }

            var candidates = await byName
                .Union(organisations.Where(o => o.OfficialCode == code || o.Siren == code || (o.PostalCodes != null && o.PostalCodes.Contains(code))))
                .ToListAsync(cancellationToken);
            var matches = candidates
                .Where(o => TextMatch.Matches(words, o.Name, "") || o.OfficialCode == code || o.Siren == code
                    || (o.PostalCodes?.Split(' ').Contains(code, StringComparer.Ordinal) ?? false))
                .OrderBy(o => o.Name, StringComparer.CurrentCulture).ThenBy(o => o.Id).ToList();
            total = matches.Count;
            page = matches.Skip((request.Page - 1) * SearchOrganisations.PageSize).Take(SearchOrganisations.PageSize).ToList();
        }

        var parentIds = page.Select(o => o.ParentId).OfType<Guid>().Distinct().ToList();
        var parents = await db.Organisations.AsNoTracking().Where(o => parentIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return new OrganisationPage(
            [.. page.Select(o => o.Summary(o.ParentId is { } p ? parents.GetValueOrDefault(p) : null))],
            request.Page, SearchOrganisations.PageSize, total);
    }
}

internal sealed class SearchOrganisationsValidator : AbstractValidator<SearchOrganisations>
{
    public SearchOrganisationsValidator()
    {
        RuleFor(x => x.Page).ValidPage();
        RuleFor(x => x.Q).MaximumLength(SearchOrganisations.QMaxLength)
            .WithMessage($"La recherche ne doit pas dépasser {SearchOrganisations.QMaxLength} caractères.");
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Ce type d'organisation n'existe pas.");
    }
}
