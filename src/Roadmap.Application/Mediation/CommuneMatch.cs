using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Inclusion;
using Roadmap.Application.Domain.Organisations;

namespace Roadmap.Application.Mediation;

/// <summary>
/// Finds the resident's commune among the imported communes from what the mediator typed, without JavaScript: a name
/// (case and accents ignored), a postcode or an INSEE code, or both (« La Flèche 72200 », « La Flèche (72200) »).
/// Any commune of the imported territory is accepted: a France Services serves its neighbours too.
/// </summary>
internal static partial class CommuneMatch
{
    public const string Field = "Commune";
    private const int ListedCandidates = 8;

    public static async Task<Guid> ResolveAsync(IRoadmapDbContext db, string typed, CancellationToken cancellationToken)
    {
        var code = Code().Match(typed) is { Success: true } found ? found.Value : null;
        var name = Resident.Normalise(Code().Replace(typed, " ").Replace("(", " ").Replace(")", " "));
        var communes = db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Commune);
        if (code is not null)
        {
            communes = communes.Where(o => o.OfficialCode == code || (o.PostalCodes != null && o.PostalCodes.Contains(code)));
        }

        var candidates = (await communes.Select(o => new Candidate(o.Id, o.Name, o.PostalCodes)).ToListAsync(cancellationToken))
            .Where(c => name.Length == 0 || Resident.Normalise(c.Name).Contains(name, StringComparison.Ordinal))
            .ToList();
        var exact = candidates.Where(c => Resident.Normalise(c.Name) == name).ToList();
        var matches = exact.Count > 0 ? exact : candidates;
        return matches.Count switch
        {
            1 => matches[0].Id,
            0 => throw ValidationFailedException.For(Field, $"Aucune commune ne correspond à « {typed.Trim()} » : écrivez son nom ou son code postal."),
            _ => throw ValidationFailedException.For(Field, Ambiguous(typed, matches)),
        };
    }

    private static string Ambiguous(string typed, List<Candidate> matches)
    {
        var listed = string.Join(", ", matches.OrderBy(c => c.Name).Take(ListedCandidates).Select(c => c.PostalCodes is { } codes ? $"{c.Name} ({codes})" : c.Name));
        var more = matches.Count > ListedCandidates ? $" et {matches.Count - ListedCandidates} autres" : "";
        return $"Plusieurs communes correspondent à « {typed.Trim()} » : {listed}{more}. Précisez le nom et le code postal, par exemple « {matches[0].Name} {matches[0].PostalCodes?.Split(' ')[0]} ».";
    }

    private sealed record Candidate(Guid Id, string Name, string? PostalCodes);

    [GeneratedRegex(@"\b\d[\dAB]\d{3}\b")]
    private static partial Regex Code();
}
