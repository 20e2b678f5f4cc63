using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Inclusion;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Common.Security;

/// <summary>
/// The caller as the reads of one scope (an HTTP request, a hub invocation) see them: their teams, the roadmaps they
/// follow, their mediator grant and unread count, read in one query the first time a read asks and kept for the scope,
/// so that a page's header, its team policy and every audience it asks for cost one statement together (issue 14,
/// docs/decisions/041-one-viewer-per-scope.md); likewise what they did on an action (<see cref="OnActionAsync"/>).
/// Staff comes from the caller's roles, as everywhere. Only reads use it: commands check fresh rows
/// (<see cref="RoadmapTeams"/>), and the scope reads the facts again after any command
/// (<c>ForgetViewerAfterCommandBehaviour</c>). A page about one action says so before its reads begin
/// (<see cref="IViewerReadAhead"/>): the facts and what the caller did on that action then come in one statement.
/// On a host that keeps shared reads, what the statements answer is kept between scopes under the caller's id until
/// the next committed write anyone makes to what they read (docs/decisions/052-viewer-kept-between-requests.md).
/// </summary>
internal sealed class Viewer(IRoadmapDbContext db, ICurrentUser user, SharedReadCache? cache = null) : IViewerReadAhead
{
    private readonly Dictionary<Guid, Guid?> _roadmapOfAction = [];
    private readonly Dictionary<(Guid User, Guid Action), Task<ViewerOnAction>> _onAction = [];
    private Task<ViewerFacts>? _facts;
    private Guid _factsOf;
    private Guid? _pageAction;

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
        if (FactsNeeded(id))
        {
            _factsOf = id;
            if (_pageAction is { } actionId && !HasOnAction(id, actionId))
            {
                var both = LoadWithActionAsync(id, actionId, cancellationToken);
                _facts = FactsOf(both);
                _onAction[(id, actionId)] = OnActionOf(both);
            }
            else
            {
                _facts = LoadAsync(id, cancellationToken);
            }
        }

        return _facts;
    }

    public void ForAction(Guid actionId) => _pageAction = actionId;

    /// <summary>
    /// The roadmap an action belongs to, or null when there is no such action: asked once per scope, however many reads
    /// of the page want the action's audience (an action never moves to another roadmap), and kept between scopes.
    /// </summary>
    public async Task<Guid?> RoadmapOfActionAsync(Guid actionId, CancellationToken cancellationToken)
    {
        if (!_roadmapOfAction.TryGetValue(actionId, out var roadmapId))
        {
            roadmapId = await cache.ReadAsync(new RoadmapOfActionRead(actionId), () =>
                db.Actions.Where(a => a.Id == actionId).Select(a => (Guid?)a.RoadmapId).FirstOrDefaultAsync(cancellationToken));
            _roadmapOfAction[actionId] = roadmapId;
        }

        return roadmapId;
    }

    /// <summary>
    /// Whether the caller follows and supports the action and which of its comments they found useful: one statement
    /// per scope and action, however many parts of the page ask (the follow button, the support panel, each thread).
    /// Nothing for a guest, without a query.
    /// </summary>
    public Task<ViewerOnAction> OnActionAsync(Guid actionId, CancellationToken cancellationToken)
    {
        if (user.Id is not { } id)
        {
            return Task.FromResult(ViewerOnAction.None);
        }

        if (actionId == _pageAction && FactsNeeded(id) && !HasOnAction(id, actionId))
        {
            // The page's action, asked before the facts: both come in the facts' one statement.
            _ = FactsAsync(cancellationToken);
        }

        if (!_onAction.TryGetValue((id, actionId), out var read) || read.IsFaulted || read.IsCanceled)
        {
            read = LoadOnActionAsync(id, actionId, cancellationToken);
            _onAction[(id, actionId)] = read;
        }

        return read;
    }

    /// <summary>Called after a write: the next read asks the database again.</summary>
    public void Forget()
    {
        _facts = null;
        _onAction.Clear();
    }

    /// <summary>
    /// Compiled once per model (decision 046, <see cref="Compiled"/>): on every signed-in request, EF Core's own work to find this query's plan again
    /// (reading its expression, evaluating its parameters, rebuilding the nested collections' shaper) cost twice what
    /// SQLite spends running it. Each nested list is filtered by the caller's id as well as joined on it, so the
    /// database seeks the caller's rows instead of gathering everyone's follows and memberships first.
    /// </summary>
    private static Func<DbContext, Guid, CancellationToken, Task<ViewerFacts?>> CompileLoad() => EF.CompileAsyncQuery(
        (DbContext db, Guid userId, CancellationToken _) => db.Set<ApplicationUser>().AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new ViewerFacts(
                (from m in db.Set<RoadmapTeamMember>()
                 join r in db.Set<TerritorialRoadmap>() on m.RoadmapId equals r.Id
                 where m.UserId == u.Id && m.UserId == userId
                 select new ViewerTeam(r.Id, r.Slug, r.Title, m.Role)).ToList(),
                (from f in db.Set<Follow>()
                 join r in db.Set<TerritorialRoadmap>() on f.TargetId equals r.Id
                 where f.UserId == u.Id && f.UserId == userId && f.Target == FollowTarget.Roadmap
                 select r.Slug).ToList(),
                db.Set<MediatorGrant>().Any(g => g.UserId == u.Id),
                db.Set<Notification>().Count(n => n.UserId == u.Id && n.ReadAt == null)))
            .FirstOrDefault());

    /// <summary>
    /// Compiled once per model, like <see cref="CompileLoad"/>; each part seeks the caller's rows by its index. The upvotes are the
    /// caller's, each checked against its comment's action: as a join, SQLite walked the action's comments (a thousand
    /// on a busy action) to look each one up among the upvotes.
    /// </summary>
    private static Func<DbContext, Guid, Guid, CancellationToken, Task<ViewerOnAction?>> CompileLoadOnAction() => EF.CompileAsyncQuery(
        (DbContext db, Guid userId, Guid actionId, CancellationToken _) => db.Set<ApplicationUser>().AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new ViewerOnAction(
                db.Set<Follow>().Any(f => f.UserId == userId && f.Target == FollowTarget.Action && f.TargetId == actionId),
                db.Set<Support>().Any(s => s.ActionId == actionId && s.UserId == userId),
                db.Set<CommentUpvote>()
                    .Where(v => v.UserId == u.Id && v.UserId == userId && db.Set<Comment>().Any(c => c.Id == v.CommentId && c.ActionId == actionId))
                    .Select(v => v.CommentId).ToList()))
            .FirstOrDefault());

    /// <summary>
    /// The facts and what the caller did on one action as one statement (<see cref="ForAction"/>): on PostgreSQL each
    /// statement is a round trip and a little transaction of its own, and a signed-in action page asked for two. Each
    /// part is a few rows of the caller's, told apart by <see cref="ViewerRow.Kind"/>: as nested lists, the teams, the
    /// followed roadmaps and the upvotes would come as every combination of the three.
    /// </summary>
    private static Func<DbContext, Guid, Guid, IAsyncEnumerable<ViewerRow>> CompileLoadWithAction() => EF.CompileAsyncQuery(
        (DbContext db, Guid userId, Guid actionId) => db.Set<ApplicationUser>().AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new ViewerRow
            {
                Kind = ViewerRow.Caller,
                Id = u.Id,
                Slug = null,
                Title = null,
                IsMediator = db.Set<MediatorGrant>().Any(g => g.UserId == userId),
                FollowsAction = db.Set<Follow>().Any(f => f.UserId == userId && f.Target == FollowTarget.Action && f.TargetId == actionId),
                SupportsAction = db.Set<Support>().Any(s => s.ActionId == actionId && s.UserId == userId),
                Role = default,
                Count = db.Set<Notification>().Count(n => n.UserId == userId && n.ReadAt == null),
            })
            .Concat(
                from m in db.Set<RoadmapTeamMember>()
                join r in db.Set<TerritorialRoadmap>() on m.RoadmapId equals r.Id
                where m.UserId == userId
                select new ViewerRow { Kind = ViewerRow.Team, Id = r.Id, Slug = r.Slug, Title = r.Title, IsMediator = false, FollowsAction = false, SupportsAction = false, Role = m.Role, Count = 0 })
            .Concat(
                from f in db.Set<Follow>()
                join r in db.Set<TerritorialRoadmap>() on f.TargetId equals r.Id
                where f.UserId == userId && f.Target == FollowTarget.Roadmap
                select new ViewerRow { Kind = ViewerRow.FollowedRoadmap, Id = r.Id, Slug = r.Slug, Title = null, IsMediator = false, FollowsAction = false, SupportsAction = false, Role = default, Count = 0 })
            .Concat(
                from v in db.Set<CommentUpvote>()
                where v.UserId == userId && db.Set<Comment>().Any(c => c.Id == v.CommentId && c.ActionId == actionId)
                select new ViewerRow { Kind = ViewerRow.Upvote, Id = v.CommentId, Slug = null, Title = null, IsMediator = false, FollowsAction = false, SupportsAction = false, Role = default, Count = 0 }));

    private Task<ViewerWithAction> LoadWithActionAsync(Guid userId, Guid actionId, CancellationToken cancellationToken) =>
        cache.ReadAsync(new ViewerWithActionRead(userId, actionId), async () =>
        {
            var rows = new List<ViewerRow>();
            await foreach (var row in Queries.LoadWithAction(Context, userId, actionId).WithCancellation(cancellationToken))
            {
                rows.Add(row);
            }

            return ViewerRow.Read(rows);
        });

    private static async Task<ViewerFacts> FactsOf(Task<ViewerWithAction> both) => (await both).Facts;

    private static async Task<ViewerOnAction> OnActionOf(Task<ViewerWithAction> both) => (await both).OnAction;

    [MemberNotNullWhen(false, nameof(_facts))]
    private bool FactsNeeded(Guid userId) => _facts is null || _factsOf != userId || _facts.IsFaulted || _facts.IsCanceled;

    private bool HasOnAction(Guid userId, Guid actionId) =>
        _onAction.TryGetValue((userId, actionId), out var read) && !read.IsFaulted && !read.IsCanceled;

    private Task<ViewerFacts> LoadAsync(Guid userId, CancellationToken cancellationToken) =>
        cache.ReadAsync(new ViewerFactsRead(userId), async () => (await Queries.Load(Context, userId, cancellationToken))?.InFrenchOrder() ?? ViewerFacts.None);

    private Task<ViewerOnAction> LoadOnActionAsync(Guid userId, Guid actionId, CancellationToken cancellationToken) =>
        cache.ReadAsync(new ViewerOnActionRead(userId, actionId), async () => await Queries.LoadOnAction(Context, userId, actionId, cancellationToken) ?? ViewerOnAction.None);

    private DbContext Context => db as DbContext ?? throw new InvalidOperationException("The viewer reads through EF Core's context.");

    private Compiled Queries => CompiledByModel.GetValue(Context.Model, _ => new Compiled());

    /// <summary>
    /// EF Core runs a compiled query only with the model it was compiled against, and a process may hold several: the
    /// web tests run SQLite and PostgreSQL apps side by side. One set per model, compiled at its first use.
    /// </summary>
    private static readonly ConditionalWeakTable<IModel, Compiled> CompiledByModel = new();

    private sealed class Compiled
    {
        public Func<DbContext, Guid, CancellationToken, Task<ViewerFacts?>> Load { get; } = CompileLoad();

        public Func<DbContext, Guid, Guid, CancellationToken, Task<ViewerOnAction?>> LoadOnAction { get; } = CompileLoadOnAction();

        public Func<DbContext, Guid, Guid, IAsyncEnumerable<ViewerRow>> LoadWithAction { get; } = CompileLoadWithAction();
    }
}
