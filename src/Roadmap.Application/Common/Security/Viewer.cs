using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Following;

namespace Roadmap.Application.Common.Security;

/// <summary>
/// The caller as the reads of one scope (an HTTP request, a hub invocation) see them: their teams, the roadmaps they
/// follow, their mediator grant and unread count, read in one query the first time a read asks and kept for the scope,
/// so that a page's header, its team policy and every audience it asks for cost one statement together (issue 14,
/// docs/decisions/041-one-viewer-per-scope.md). Staff comes from the caller's roles, as everywhere. Only reads use it:
/// commands check fresh rows (<see cref="RoadmapTeams"/>), and the scope reads the facts again after any command
/// (<c>ForgetViewerAfterCommandBehaviour</c>).
/// </summary>
internal sealed class Viewer(IRoadmapDbContext db, ICurrentUser user)
{
    private readonly Dictionary<Guid, Guid?> _roadmapOfAction = [];
    private Task<ViewerFacts>? _facts;
    private Guid _factsOf;

    public Guid? Id => user.Id;

    public bool IsStaff => user.IsStaff();

    public bool IsInRole(string role) => user.IsInRole(role);

    /// <summary>Nothing for a guest, without a query; empty facts for an account whose row is gone.</summary>
    public Task<ViewerFacts> FactsAsync(CancellationToken cancellationToken)
    {
        if (user.Id is not { } id)
        {
            return Task.FromResult(ViewerFacts.None);
        }

        // Keyed by the caller: a scope whose caller changes (tests, a sign-in) never reads another's facts.
        if (_facts is null || _factsOf != id || _facts.IsFaulted || _facts.IsCanceled)
        {
            _factsOf = id;
            _facts = LoadAsync(id, cancellationToken);
        }

        return _facts;
    }

    /// <summary>
    /// The roadmap an action belongs to, or null when there is no such action: asked once per scope, however many reads
    /// of the page want the action's audience (an action never moves to another roadmap).
    /// </summary>
    public async Task<Guid?> RoadmapOfActionAsync(Guid actionId, CancellationToken cancellationToken)
    {
        if (!_roadmapOfAction.TryGetValue(actionId, out var roadmapId))
        {
            roadmapId = await db.Actions.Where(a => a.Id == actionId).Select(a => (Guid?)a.RoadmapId).FirstOrDefaultAsync(cancellationToken);
            _roadmapOfAction[actionId] = roadmapId;
        }

        return roadmapId;
    }

    /// <summary>Called after a write: the next read asks the database again.</summary>
    public void Forget() => _facts = null;

    private async Task<ViewerFacts> LoadAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new ViewerFacts(
                (from m in db.TeamMembers
                 join r in db.Roadmaps on m.RoadmapId equals r.Id
                 where m.UserId == u.Id
                 orderby r.Title
                 select new ViewerTeam(r.Id, r.Slug, r.Title, m.Role)).ToList(),
                (from f in db.Follows
                 join r in db.Roadmaps on f.TargetId equals r.Id
                 where f.UserId == u.Id && f.Target == FollowTarget.Roadmap
                 select r.Slug).ToList(),
                db.MediatorGrants.Any(g => g.UserId == u.Id),
                db.Notifications.Count(n => n.UserId == u.Id && n.ReadAt == null)))
            .FirstOrDefaultAsync(cancellationToken)
        ?? ViewerFacts.None;
}
