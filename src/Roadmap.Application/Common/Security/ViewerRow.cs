using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Common.Security;

/// <summary>
/// One row of the statement that reads the caller's facts with what they did on an action (<see cref="Viewer"/>): the
/// caller's own row, a team, a followed roadmap or an upvoted comment, told apart by <see cref="Kind"/>.
/// </summary>
internal sealed class ViewerRow
{
    public const int Caller = 0;
    public const int Team = 1;
    public const int FollowedRoadmap = 2;
    public const int Upvote = 3;

    public int Kind { get; init; }

    public Guid Id { get; init; }

    public string? Slug { get; init; }

    public string? Title { get; init; }

    /// <summary>On the caller's row: whether they hold a mediator's grant.</summary>
    public bool IsMediator { get; init; }

    /// <summary>On the caller's row: whether they follow the action.</summary>
    public bool FollowsAction { get; init; }

    /// <summary>On the caller's row: whether they support the action.</summary>
    public bool SupportsAction { get; init; }

    /// <summary>On a team's row: the caller's role in it.</summary>
    public TeamRole Role { get; init; }

    /// <summary>The caller's unread notifications.</summary>
    public int Count { get; init; }

    /// <summary>Empty facts when the caller's row is gone (an account deleted), as the separate reads answer.</summary>
    public static ViewerWithAction Read(IReadOnlyCollection<ViewerRow> rows)
    {
        if (rows.FirstOrDefault(r => r.Kind == Caller) is not { } caller)
        {
            return new(ViewerFacts.None, ViewerOnAction.None);
        }

        var teams = rows.Where(r => r.Kind == Team).Select(r => new ViewerTeam(r.Id, r.Slug!, r.Title!, r.Role)).ToList();
        var followed = rows.Where(r => r.Kind == FollowedRoadmap).Select(r => r.Slug!).ToList();
        var upvoted = rows.Where(r => r.Kind == Upvote).Select(r => r.Id).ToList();
        return new(new ViewerFacts(teams, followed, caller.IsMediator, caller.Count).InFrenchOrder(),
            new ViewerOnAction(caller.FollowsAction, caller.SupportsAction, upvoted));
    }
}
