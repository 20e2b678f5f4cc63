using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Participation.GetSupportTally;

namespace Roadmap.Web.Tests.Participation;

/// <summary>Tallies as the query returns them, for component tests.</summary>
internal static class Tallies
{
    public static SupportTallyView Of(int elected, int actors, int citizens, int staff, ViewerParticipation? viewer = null, int? cap = null) => new(
        Guid.NewGuid(),
        elected + actors + citizens + staff,
        SupportsOpen: true,
        ClosedReason: null,
        cap,
        [
            new RoleTally(SupporterGroup.ElectedOfficials, "Élu·e", elected),
            new RoleTally(SupporterGroup.Actors, "Acteur du territoire", actors),
            new RoleTally(SupporterGroup.Citizens, "Citoyen·ne", citizens),
            new RoleTally(SupporterGroup.Staff, "Animateur·rice / Administrateur·rice", staff),
        ],
        [
            new OrganisationTally(Guid.NewGuid(), "La Flèche", OrganisationKind.Commune, "Commune", elected),
            new OrganisationTally(null, "Sans organisation", null, "", actors + citizens + staff),
        ],
        [],
        viewer,
        CountsHidden: false,
        MediatedSupportCount: 0);

    /// <summary>A tally while the roadmap hides its counts from the caller: no number, the caller's own side still there.</summary>
    public static SupportTallyView Hidden(ViewerParticipation? viewer = null) =>
        Of(0, 0, 0, 0, viewer) with { Total = null, ByRole = null, ByOrganisation = null, CountsHidden = true, MediatedSupportCount = null };

    public static SupportTallyView Closed(string reason) =>
        Of(0, 0, 1, 0) with { SupportsOpen = false, ClosedReason = reason };

    public static ViewerParticipation Viewer(bool supports = false, bool maySupport = true, string? refusal = null, int? remaining = null, ViewerEndorsement? endorsement = null) =>
        new(supports, maySupport && !supports, supports, refusal, remaining, endorsement);
}
