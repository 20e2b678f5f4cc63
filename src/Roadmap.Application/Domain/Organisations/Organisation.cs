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
        name = Guard.Text(name, NameMaxLength, "Le nom de l'organisation");
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
}
