namespace Roadmap.Application.Domain.Actions;

public enum ActionStatus
{
    Proposed = 0,
    UnderReview = 1,
    Retained = 2,
    Merged = 3,
    NotRetained = 4,
    InProgress = 5,
    Done = 6,
    Withdrawn = 7,
}
