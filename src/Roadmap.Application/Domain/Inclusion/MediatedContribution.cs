namespace Roadmap.Application.Domain.Inclusion;

/// <summary>
/// A support, comment or idea a mediator recorded for a resident met in person or on the phone, with the resident's
/// consent. Shown as « recueilli par » <see cref="OrganisationId"/>, counted apart from online participation, published
/// in the open data without the mediator's identity.
/// </summary>
public sealed partial class MediatedContribution
{
    public const int FirstNameMaxLength = 40;
    public const int InitialMaxLength = 2;
    public const int TitleMaxLength = 160;
    public const int BodyMaxLength = 5_000;
    public const int DedupeKeyMaxLength = 300;
    public const int HiddenReasonMaxLength = 500;

    public static readonly TextLimit FirstNameLimit = new("Le prénom", FirstNameMaxLength);
    public static readonly TextLimit InitialLimit = new("L'initiale", InitialMaxLength);
    public static readonly TextLimit TitleLimit = new("Le titre", TitleMaxLength);
    public static readonly TextLimit BodyLimit = new("Le texte", BodyMaxLength);

    /// <summary>How long a mediator may still correct or withdraw what they recorded.</summary>
    public static readonly TimeSpan CorrectionWindow = TimeSpan.FromHours(48);

    private MediatedContribution() { }

    public Guid Id { get; private set; }
    public MediatedContributionKind Kind { get; private set; }
    public Guid RoadmapId { get; private set; }

    /// <summary>The action supported or commented; null for an idea.</summary>
    public Guid? ActionId { get; private set; }

    /// <summary>For an idea: the axis the resident chose, if any.</summary>
    public Guid? AxisId { get; private set; }

    /// <summary>The organisation that collected it (« recueilli par »).</summary>
    public Guid OrganisationId { get; private set; }

    /// <summary>The mediator's account; null once it is deleted, the contribution stays.</summary>
    public Guid? MediatorId { get; private set; }

    public string ResidentFirstName { get; private set; } = "";
    public string ResidentInitial { get; private set; } = "";

    /// <summary>The resident's commune, from the imported territory.</summary>
    public Guid CommuneId { get; private set; }
    public AgeBracket? AgeBracket { get; private set; }

    /// <summary>An idea's title; empty otherwise.</summary>
    public string Title { get; private set; } = "";

    /// <summary>A comment's text or an idea's description (Markdown); empty for a support.</summary>
    public string Body { get; private set; } = "";

    /// <summary>The version of the consent text the mediator read to the resident and ticked.</summary>
    public int ConsentVersion { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? CorrectedAt { get; private set; }

    /// <summary>Set when a moderator hid it (the reason is public).</summary>
    public DateTimeOffset? HiddenAt { get; private set; }
    public string HiddenReason { get; private set; } = "";

    /// <summary>Unique when set: the same resident (name, initial, commune, age bracket) on the same target is refused.</summary>
    public string? DedupeKey { get; private set; }
}
