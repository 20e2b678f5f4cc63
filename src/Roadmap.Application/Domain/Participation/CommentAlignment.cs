namespace Roadmap.Application.Domain.Participation;

public enum CommentAlignment
{
    Neutral = 0,
    For = 1,
    Against = 2,
}
