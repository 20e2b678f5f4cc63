using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Workshops.Presence;

/// <summary>How results and presence are split: the five roles plus guests (who have none).</summary>
public static class RoleGroups
{
    public const string Guest = nameof(Guest);

    public static string Name(ParticipantRole? role) => role?.ToString() ?? Guest;

    public static string Label(ParticipantRole? role) => role is { } r ? RoleNames.FrenchLabel(r.ToString()) : "Invité·e";
}
