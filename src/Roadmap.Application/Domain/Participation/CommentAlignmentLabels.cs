namespace Roadmap.Application.Domain.Participation;

public static class CommentAlignmentLabels
{
    public static string French(this CommentAlignment alignment) => alignment switch
    {
        CommentAlignment.For => "Pour",
        CommentAlignment.Against => "Contre",
        _ => "Neutre",
    };
}
