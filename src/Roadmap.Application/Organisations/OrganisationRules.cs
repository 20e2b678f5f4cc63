using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Organisations;

namespace Roadmap.Application.Organisations;

/// <summary>What creating and editing an organisation by hand share: input checks, parent and SIREN look-ups.</summary>
internal static class OrganisationRules
{
    public static void NameAndSiren<T>(this AbstractValidator<T> validator, Func<T, string> name, Func<T, string?> siren)
    {
        validator.RuleFor(x => name(x)).NotEmpty().WithMessage("Indiquez le nom de l'organisation.")
            .MaximumLength(Organisation.NameMaxLength).WithMessage($"Le nom ne doit pas dépasser {Organisation.NameMaxLength} caractères.")
            .OverridePropertyName("Name");
        validator.RuleFor(x => Siren.Normalise(siren(x))).Must(s => s is null || Siren.IsValid(s))
            .WithMessage((_, s) => Siren.InvalidMessage(s is { Length: > 20 } ? s[..20] + "…" : s ?? ""))
            .OverridePropertyName("Siren");
    }

    public static void HandMadeKind<T>(this AbstractValidator<T> validator, Func<T, OrganisationKind> kind) =>
        validator.RuleFor(x => kind(x)).Must(Organisation.HandMadeKinds.Contains)
            .WithMessage($"Choisissez un type parmi : {string.Join(", ", Organisation.HandMadeKinds.Select(k => k.French()))}. Les collectivités viennent de l'import du territoire.")
            .OverridePropertyName("Kind");

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

    /// <summary>
    /// Two organisations made by hand under one parent never share a name (ignoring case): that is
    /// how a double submit of the creation form creates one organisation, not two.
    /// </summary>
    public static async Task EnsureNameFreeAsync(this IRoadmapDbContext db, Organisation organisation, CancellationToken cancellationToken)
    {
        if (organisation.IsOfficial)
        {
            return;
        }

        var lowered = organisation.Name.ToLowerInvariant();
        var handMade = Organisation.HandMadeKinds.ToList();
        if (await db.Organisations.AnyAsync(
                o => o.Id != organisation.Id && o.ParentId == organisation.ParentId && handMade.Contains(o.Kind) && o.Name.ToLower() == lowered, cancellationToken))
        {
            throw new ConflictException(organisation.ParentId is null
                ? $"Une organisation « {organisation.Name} » existe déjà (sans rattachement) : cherchez-la dans la liste pour la modifier."
                : $"Une organisation « {organisation.Name} » existe déjà avec ce rattachement : cherchez-la dans la liste pour la modifier.");
        }
    }

    /// <summary>An organisation is never placed under itself, directly or through its own sub-organisations.</summary>
    public static async Task EnsureNotUnderItselfAsync(this IRoadmapDbContext db, Guid organisationId, Organisation? parent, CancellationToken cancellationToken)
    {
        var ancestor = parent?.ParentId;
        var seen = new HashSet<Guid>();
        while (ancestor is { } id && seen.Add(id))
        {
            if (id == organisationId)
            {
                throw new DomainRuleException("Une organisation ne peut pas être rattachée à l'une de ses propres sous-organisations.");
            }

            ancestor = await db.Organisations.Where(o => o.Id == id).Select(o => o.ParentId).SingleOrDefaultAsync(cancellationToken);
        }
    }
}
