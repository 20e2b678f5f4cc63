using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Organisations;

namespace Roadmap.Application.Organisations.FindOrganisationChoices;

/// <summary>
/// What a form's organisation picker offers: the organisations already chosen (<see cref="Keep"/>), then at most
/// <see cref="Shown"/> others matching what was typed (<see cref="OrganisationMatch"/>), so the page stays light
/// however large the imported territory. Nothing is listed before a search. Public: organisations are public facts.
/// </summary>
public sealed record FindOrganisationChoices(string? Q, IReadOnlyList<Guid> Keep, bool CollectivitiesOnly = false) : IQuery<OrganisationChoices>
{
    public const int Shown = 20;
}

public sealed record OrganisationChoices(IReadOnlyList<OrganisationChoice> Kept, IReadOnlyList<OrganisationChoice> Found, int FoundCount)
{
    public int NotShown => FoundCount - Found.Count;
}

public sealed record OrganisationChoice(Guid Id, string Name, OrganisationKind Kind, string? Code, string? PostalCodes)
{
    /// <summary>« Name (Commune, 72200) »: enough to tell two namesakes apart.</summary>
    public string Label => $"{Name} ({string.Join(", ", new[] { Kind.French(), PostalCodes ?? Code }.OfType<string>())})";
}

internal sealed class FindOrganisationChoicesHandler(IRoadmapDbContext db) : IRequestHandler<FindOrganisationChoices, OrganisationChoices>
{
    private static readonly OrganisationKind[] Collectivities = [.. Enum.GetValues<OrganisationKind>().Where(k => k.MayBeTerritory())];

    public async Task<OrganisationChoices> Handle(FindOrganisationChoices request, CancellationToken cancellationToken)
    {
        var organisations = db.Organisations.AsNoTracking();
        if (request.CollectivitiesOnly)
        {
            organisations = organisations.Where(o => Collectivities.Contains(o.Kind));
        }

        var keep = request.Keep.Distinct().ToList();
        var kept = await Choices(organisations.Where(o => keep.Contains(o.Id))).ToListAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(request.Q))
        {
            return new OrganisationChoices(kept, [], 0);
        }

        // A picker is a field of a larger form: an over-long search is cut rather than refused, so the form is not lost.
        var typed = request.Q.Length > SearchOrganisations.SearchOrganisations.QMaxLength ? request.Q[..SearchOrganisations.SearchOrganisations.QMaxLength] : request.Q;
        var found = (await organisations.MatchingAsync(typed, cancellationToken)).Where(o => !keep.Contains(o.Id));
        return new OrganisationChoices(kept,
            await Choices(found).Take(FindOrganisationChoices.Shown).ToListAsync(cancellationToken),
            await found.CountAsync(cancellationToken));
    }

    private static IQueryable<OrganisationChoice> Choices(IQueryable<Organisation> organisations) =>
        organisations.OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Select(o => new OrganisationChoice(o.Id, o.Name, o.Kind, o.OfficialCode ?? o.Siren, o.PostalCodes));
}
