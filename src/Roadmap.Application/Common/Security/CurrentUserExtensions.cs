using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Common.Security;

public static class CurrentUserExtensions
{
    public static Guid RequireId(this ICurrentUser user) => user.Id ?? throw new UnauthenticatedException();

    /// <summary>The most powerful role held; roles are cumulative, so this is what tallies record.</summary>
    public static ParticipantRole HighestRole(this ICurrentUser user) =>
        user.IsInRole(RoleNames.Administrator) ? ParticipantRole.Administrator
        : user.IsInRole(RoleNames.Facilitator) ? ParticipantRole.Facilitator
        : user.IsInRole(RoleNames.ElectedOfficial) ? ParticipantRole.ElectedOfficial
        : user.IsInRole(RoleNames.Actor) ? ParticipantRole.Actor
        : ParticipantRole.Citizen;
}
