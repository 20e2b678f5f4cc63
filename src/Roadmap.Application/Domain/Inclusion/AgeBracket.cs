namespace Roadmap.Application.Domain.Inclusion;

/// <summary>The age bracket a resident may give a mediator (optional): enough to see who was heard, too coarse to identify anyone.</summary>
public enum AgeBracket
{
    Under18 = 1,
    From18To29 = 2,
    From30To44 = 3,
    From45To59 = 4,
    From60To74 = 5,
    From75 = 6,
}
