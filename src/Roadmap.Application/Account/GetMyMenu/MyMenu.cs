using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Account.GetMyMenu;

/// <summary>
/// The caller's header: <see cref="Teams"/> by title; <see cref="MayModerate"/> for global staff and any team member
/// (the team policy's rule); <see cref="IsMediator"/> when they hold a mediator grant; their <see cref="Unread"/> notifications.
/// </summary>
public sealed record MyMenu(IReadOnlyList<MyTeam> Teams, bool MayModerate, bool IsMediator, int Unread)
{
    public static readonly MyMenu SignedOut = new([], false, false, 0);
}

/// <summary>A roadmap whose team the caller belongs to, with their role in it.</summary>
public sealed record MyTeam(string Slug, string Title, TeamRole Role);
