namespace Roadmap.Application.Domain.Actions;

/// <summary>Why an action in progress is « en difficulté » (<see cref="None"/> when it is not); explained in public.</summary>
public enum ActionDifficulty
{
    None = 0,
    Late = 1,
    Blocked = 2,
    Paused = 3,
    Abandoned = 4,
}
