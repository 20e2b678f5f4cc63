using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Organisations;

namespace Roadmap.Application.Organisations;

/// <summary>What creating and editing an organisation by hand share: input checks, parent and SIREN look-ups.</summary>
internal static class OrganisationRules
{
    public static void HandMadeFields<T>(this AbstractValidator<T> validator, Func<T, string> name, Func<T, OrganisationKind> kind, Func<T, string?> siren)
    {
        validator.RuleFor(x => name(x)).NotEmpty().WithMessage("Indiquez le nom de l'organisation.")
            .MaximumLength(Organisation.NameMaxLength).WithMessage($"Le nom ne doit pas dépasser {Organisation.NameMaxLength} caractères.")
            .OverridePropertyName("Name");
        validator.RuleFor(x => kind(x)).Must(Organisation.HandMadeKinds.Contains)
            .WithMessage($"Choisissez un type parmi : {string.Join(", ", Organisation.HandMadeKinds.Select(k => k.French()))}. Les collectivités viennent de l'import du territoire.")
            .OverridePropertyName("Kind");
        validator.RuleFor(x => Siren.Normalise(siren(x))).Must(s => s is null || Siren.IsValid(s))
            .WithMessage((_, s) => Siren.InvalidMessage(s is { Length: > 20 } ? s[..20] + "…" : s ?? ""))
            .OverridePropertyName("Siren");
    }

    public static async Task<Organisation?> ParentAsync(this IRoadmapDbContext db, Guid? parentId, CancellationToken cancellationToken) =>
        parentId is { } id
            ? await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken) ?? throw ValidationFailedException.For("ParentId", "L'organisation parente choisie n'existe pas.")
            : null;

    public static async Task EnsureSirenFreeAsync(this IRoadmapDbContext db, string? siren, Guid? except, CancellationToken cancellationToken)
    {
        var normalised = Siren.Normalise(siren);
        if (normalised is not null && await db.Organisations.AnyAsync(o => o.Siren == normalised && o.Id != except, cancellationToken))
        {
            throw new ConflictException($"Une autre organisation a déjà le SIREN {normalised}.");
        }
    }
}
