namespace Roadmap.Application.Domain.Following;

public enum FollowTarget
{
    Action = 0,
    Roadmap = 1,
}
