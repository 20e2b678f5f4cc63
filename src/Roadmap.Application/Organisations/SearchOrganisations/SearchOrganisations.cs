using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Organisations;

namespace Roadmap.Application.Organisations.SearchOrganisations;

/// <summary>
/// Organisations by name, official code or postcode (<see cref="OrganisationMatch"/>); optionally of one kind
/// or under one parent. By name,
/// <see cref="PageSize"/> per page, paged in SQL. Public: organisations are public facts.
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

        organisations = await organisations.MatchingAsync(request.Q, cancellationToken);
        var total = await organisations.CountAsync(cancellationToken);
        var page = await organisations.OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Skip((request.Page - 1) * SearchOrganisations.PageSize).Take(SearchOrganisations.PageSize)
            .Select(o => new OrganisationSummary(o.Id, o.Name, o.Kind, o.OfficialCode, o.Siren, o.EpciKind, o.PostalCodes, o.Population, o.ParentId,
                db.Organisations.Where(p => p.Id == o.ParentId).Select(p => p.Name).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return new OrganisationPage(page, request.Page, SearchOrganisations.PageSize, total);
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
