namespace Roadmap.Application.Domain.Standing;

public enum StandingStatus
{
    Pending = 0,
    Approved = 1,
    Refused = 2,
}
