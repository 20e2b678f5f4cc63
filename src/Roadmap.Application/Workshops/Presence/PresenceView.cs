using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.Presence;

/// <summary>
/// Who is in the room, as counts: everyone present, by organisation and by role (names are not
/// broadcast). <see cref="Status"/> is there because a facilitator's arrival is what opens the room:
/// a waiting participant learns from this event that the workshop is live. <see cref="GuestsJoined"/>
/// counts the guests who joined since the start (each new guest token is one), present or gone.
/// </summary>
public sealed record PresenceView(
    Guid WorkshopId,
    WorkshopStatus Status,
    int Present,
    int Attended,
    int GuestsJoined,
    IReadOnlyList<OrganisationPresence> ByOrganisation,
    IReadOnlyList<RolePresence> ByRole);

/// <summary><see cref="OrganisationId"/> null groups the people without an organisation (and guests).</summary>
public sealed record OrganisationPresence(Guid? OrganisationId, string Name, int Present);

public sealed record RolePresence(string Role, string Label, int Present);
