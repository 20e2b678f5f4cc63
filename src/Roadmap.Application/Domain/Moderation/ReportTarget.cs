namespace Roadmap.Application.Domain.Moderation;

public enum ReportTarget
{
    Comment = 0,
    Action = 1,
}
