using Roadmap.Application.Domain.Organisations;

namespace Roadmap.Application.Participation.GetSupportTally;

/// <summary>
/// Who supports an action: by role and by organisation (at the time they supported), the
/// collectivities that co-signed it, and what the caller may do (null <see cref="Viewer"/> when anonymous).
/// While the roadmap hides its support counts from the caller (<see cref="CountsHidden"/>, until the end of the
/// phase), <see cref="Total"/>, <see cref="ByRole"/>, <see cref="ByOrganisation"/> and <see cref="MediatedSupportCount"/> are null;
/// the co-signatures of collectivities stay public. <see cref="MediatedSupportCount"/> counts the supports mediators recorded for
/// residents: apart, never in <see cref="Total"/> nor in the splits.
/// </summary>
public sealed record SupportTallyView(
    Guid ActionId,
    int? Total,
    bool SupportsOpen,
    string? ClosedReason,
    int? MaxSupportsPerParticipant,
    IReadOnlyList<RoleTally>? ByRole,
    IReadOnlyList<OrganisationTally>? ByOrganisation,
    IReadOnlyList<EndorsingOrganisation> Endorsements,
    ViewerParticipation? Viewer,
    bool CountsHidden,
    int? MediatedSupportCount);

public sealed record RoleTally(SupporterGroup Group, string Label, int Count);

/// <summary>A null <see cref="OrganisationId"/> gathers the supporters who belong to no organisation.</summary>
public sealed record OrganisationTally(Guid? OrganisationId, string Name, OrganisationKind? Kind, string KindLabel, int Count);

public sealed record EndorsingOrganisation(Guid OrganisationId, string Name, OrganisationKind Kind, string KindLabel, DateTimeOffset EndorsedAt);

/// <summary>
/// The signed-in caller's side. <see cref="SupportRefusal"/> explains in French why they may not support now
/// (phase, voting rules, cap). <see cref="RemainingSupports"/> is null when the roadmap has no cap.
/// </summary>
public sealed record ViewerParticipation(
    bool Supports,
    bool MaySupport,
    bool MayWithdrawSupport,
    string? SupportRefusal,
    int? RemainingSupports,
    ViewerEndorsement? Endorsement);

/// <summary>For an elected official attached to a collectivity: may they co-sign for it, or take its co-signature back.</summary>
public sealed record ViewerEndorsement(Guid OrganisationId, string OrganisationName, bool Endorsed, bool MayEndorse, bool MayWithdraw);
