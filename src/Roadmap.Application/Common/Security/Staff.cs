using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Common.Security;

/// <summary>
/// Who counts as staff (the facilitation team and the administrators): the only definition. Requests
/// say <see cref="RequiresStaffAttribute"/>, handlers and components ask <see cref="IsStaff"/>, and the
/// web's « Staff » authorisation policy requires <see cref="Roles"/>. Staff reach every roadmap; a roadmap's
/// team reaches its own only (see <c>RoadmapTeams</c>: powers on one roadmap ask <c>IsTeamAsync</c>, not this).
/// </summary>
public static class Staff
{
    public static readonly IReadOnlyList<string> Roles = [RoleNames.Facilitator, RoleNames.Administrator];

    public static bool IsStaff(this ICurrentUser user) => Roles.Any(user.IsInRole);
}
