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

    /// <summary>Flags of the caller's row, summed in <see cref="Number"/>.</summary>
    public const int Mediator = 1;
    public const int Follows = 2;
    public const int Supports = 4;

    public int Kind { get; init; }

    public Guid Id { get; init; }

    public string? Slug { get; init; }

    public string? Title { get; init; }

    /// <summary>The caller's flags, or a team's role.</summary>
    public int Number { get; init; }

    /// <summary>The caller's unread notifications.</summary>
    public int Count { get; init; }

    /// <summary>Empty facts when the caller's row is gone (an account deleted), as the separate reads answer.</summary>
    public static (ViewerFacts Facts, ViewerOnAction OnAction) Read(IReadOnlyCollection<ViewerRow> rows)
    {
        if (rows.FirstOrDefault(r => r.Kind == Caller) is not { } caller)
        {
            return (ViewerFacts.None, ViewerOnAction.None);
        }

        var teams = rows.Where(r => r.Kind == Team).Select(r => new ViewerTeam(r.Id, r.Slug!, r.Title!, (TeamRole)r.Number)).ToList();
        var followed = rows.Where(r => r.Kind == FollowedRoadmap).Select(r => r.Slug!).ToList();
        var upvoted = rows.Where(r => r.Kind == Upvote).Select(r => r.Id).ToList();
        return (new ViewerFacts(teams, followed, (caller.Number & Mediator) != 0, caller.Count).InFrenchOrder(),
            new ViewerOnAction((caller.Number & Follows) != 0, (caller.Number & Supports) != 0, upvoted));
    }
}
