using SirenNumber = Roadmap.Application.Domain.Organisations.Siren;

namespace Roadmap.Application.Domain.Organisations;

/// <summary>A collectivity or a local actor (commune → EPCI → département via <see cref="ParentId"/>).</summary>
public sealed class Organisation
{
    public const int NameMaxLength = 160;
    public const int OfficialCodeMaxLength = 20;
    public const int SirenLength = 9;
    public const int PostalCodesMaxLength = 200;

    private Organisation() { }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public OrganisationKind Kind { get; private set; }

    /// <summary>INSEE code for a commune, SIREN for an EPCI; optional for others.</summary>
    public string? OfficialCode { get; private set; }
    public Guid? ParentId { get; private set; }

    /// <summary>The SIREN (9 digits, Luhn key), for any organisation that has one.</summary>
    public string? Siren { get; private set; }

    /// <summary>For an EPCI: its legal form.</summary>
    public EpciKind? EpciKind { get; private set; }

    /// <summary>For a commune: its postcodes, separated by spaces (« 72000 72100 »).</summary>
    public string? PostalCodes { get; private set; }

    /// <summary>Population from the official data (communes, EPCI, départements).</summary>
    public int? Population { get; private set; }

    public static Organisation Create(string name, OrganisationKind kind, string? officialCode = null, Organisation? parent = null)
    {
        name = Guard.Text(Guard.OneLine(name), NameMaxLength, "Le nom de l'organisation");
        if (parent is not null && parent.Kind == OrganisationKind.Commune)
        {
            throw new DomainRuleException("Une commune ne peut pas contenir d'autre organisation.");
        }

        return new Organisation
        {
            Id = Guid.NewGuid(),
            Name = name,
            Kind = kind,
            OfficialCode = string.IsNullOrWhiteSpace(officialCode) ? null : Guard.Text(officialCode, OfficialCodeMaxLength, "Le code officiel"),
            ParentId = parent?.Id,
        };
    }

    /// <summary>The kinds an administrator creates and edits by hand; collectivities come from the official data.</summary>
    public static readonly IReadOnlyList<OrganisationKind> HandMadeKinds =
        [OrganisationKind.Association, OrganisationKind.Entreprise, OrganisationKind.TiersLieu, OrganisationKind.EtablissementPublic];

    /// <summary>An organisation created by hand (association, company, tiers-lieu, public body).</summary>
    public static Organisation CreateByHand(string name, OrganisationKind kind, string? siren, Organisation? parent)
    {
        EnsureHandMade(kind);
        var organisation = Create(name, kind, parent: parent);
        organisation.Siren = SirenNumber.Checked(siren);
        return organisation;
    }

    /// <summary>A collectivity as the official data describes it.</summary>
    public static Organisation CreateOfficial(
        string name, OrganisationKind kind, string officialCode, string? siren, EpciKind? epciKind, string? postalCodes, int? population, Organisation? parent)
    {
        var organisation = Create(name, kind, officialCode, parent);
        organisation.UpdateOfficialData(name, officialCode, siren, epciKind, postalCodes, population);
        return organisation;
    }

    public void Rename(string name) => Name = Guard.Text(Guard.OneLine(name), NameMaxLength, "Le nom de l'organisation");

    /// <summary>Whether this organisation comes from the official data (a collectivity) rather than made by hand.</summary>
    public bool IsOfficial => !HandMadeKinds.Contains(Kind);

    /// <summary>Refreshes what the official data says; the parent, set by hand or at creation, is kept.</summary>
    public void UpdateOfficialData(string name, string officialCode, string? siren, EpciKind? epciKind, string? postalCodes, int? population)
    {
        Rename(name);
        OfficialCode = Guard.Text(officialCode, OfficialCodeMaxLength, "Le code officiel");
        Siren = SirenNumber.Checked(siren) ?? Siren;
        EpciKind = epciKind;
        PostalCodes = string.IsNullOrWhiteSpace(postalCodes) ? null : Guard.Text(postalCodes, PostalCodesMaxLength, "Les codes postaux");
        if (population is < 0)
        {
            throw new DomainRuleException("La population ne peut pas être négative.");
        }

        Population = population;
    }

    /// <summary>Links an organisation without parent to one (the import never moves a link already made).</summary>
    public void AttachTo(Organisation parent)
    {
        if (ParentId is null)
        {
            SetParent(parent);
        }
    }

    /// <summary>
    /// Edits an organisation. Made by hand: its name, kind, SIREN and parent. A collectivity: its name
    /// (the next import restores the official one) and its parent (kept by the import); its kind and
    /// SIREN come from the official data, so a different one is refused (an empty SIREN keeps it).
    /// </summary>
    public void Edit(string name, OrganisationKind kind, string? siren, Organisation? parent)
    {
        if (IsOfficial)
        {
            if (kind != Kind)
            {
                throw new DomainRuleException($"Le type d'une organisation « {Kind.French()} » vient des données officielles : il ne se modifie pas à la main.");
            }

            var normalised = SirenNumber.Normalise(siren);
            if (normalised is not null && normalised != Siren)
            {
                throw new DomainRuleException("Le SIREN d'une collectivité vient des données officielles : il ne se modifie pas à la main.");
            }
        }
        else
        {
            EnsureHandMade(kind);
            Siren = SirenNumber.Checked(siren);
        }

        Rename(name);
        Kind = kind;
        if (parent is null)
        {
            ParentId = null;
        }
        else
        {
            SetParent(parent);
        }
    }

    private void SetParent(Organisation parent)
    {
        if (parent.Id == Id)
        {
            throw new DomainRuleException("Une organisation ne peut pas être son propre parent.");
        }

        if (parent.Kind == OrganisationKind.Commune)
        {
            throw new DomainRuleException("Une commune ne peut pas contenir d'autre organisation.");
        }

        ParentId = parent.Id;
    }

    private static void EnsureHandMade(OrganisationKind kind)
    {
        if (!HandMadeKinds.Contains(kind))
        {
            throw new DomainRuleException($"Les organisations de type « {kind.French()} » viennent des données officielles : importez le territoire au lieu de les créer à la main.");
        }
    }
}
