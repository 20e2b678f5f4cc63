namespace Roadmap.Application.Domain.Users;

/// <summary>
/// The role a participant held when they acted (supported, commented): kept on the record so
/// tallies by role stay right when roles change or the account is deleted.
/// </summary>
public enum ParticipantRole
{
    Citizen = 0,
    Actor = 1,
    ElectedOfficial = 2,
    Facilitator = 3,
    Administrator = 4,
}
