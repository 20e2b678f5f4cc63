using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Participation.GetSupportTally;

/// <summary>The rows of the tally by role: facilitators and administrators are counted together.</summary>
public enum SupporterGroup
{
    ElectedOfficials = 0,
    Actors = 1,
    Citizens = 2,
    Staff = 3,
}

internal static class SupporterGroups
{
    public static readonly IReadOnlyList<SupporterGroup> InOrder =
        [SupporterGroup.ElectedOfficials, SupporterGroup.Actors, SupporterGroup.Citizens, SupporterGroup.Staff];

    public static SupporterGroup Of(ParticipantRole role) => role switch
    {
        ParticipantRole.ElectedOfficial => SupporterGroup.ElectedOfficials,
        ParticipantRole.Actor => SupporterGroup.Actors,
        ParticipantRole.Citizen => SupporterGroup.Citizens,
        _ => SupporterGroup.Staff,
    };

    public static string Label(SupporterGroup group) => group switch
    {
        SupporterGroup.ElectedOfficials => RoleNames.FrenchLabel(RoleNames.ElectedOfficial),
        SupporterGroup.Actors => RoleNames.FrenchLabel(RoleNames.Actor),
        SupporterGroup.Citizens => RoleNames.FrenchLabel(RoleNames.Citizen),
        _ => $"{RoleNames.FrenchLabel(RoleNames.Facilitator)} / {RoleNames.FrenchLabel(RoleNames.Administrator)}",
    };
}
