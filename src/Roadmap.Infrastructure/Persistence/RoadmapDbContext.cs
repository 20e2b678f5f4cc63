using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Transactions;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Audit;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Inclusion;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Domain.Moderation;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Standing;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Infrastructure.Persistence;

/// <summary>
/// The one model of Roadmap. Each provider has a small subclass (<see cref="SqliteRoadmapDbContext"/>…)
/// only so that each keeps its own migrations set.
/// </summary>
public abstract class RoadmapDbContext(DbContextOptions options)
    : IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>(options), IRoadmapDbContext, IDataProtectionKeyContext
{
    /// <summary>
    /// What commits in the scope that leased this context from the pool: <see cref="PublicWrites"/> holds its evictions
    /// there. Set at every lease (<see cref="LeaseTo"/>), so a context back from the pool never keeps an earlier scope's.
    /// </summary>
    internal AfterCommit? ScopeAfterCommit { get; private set; }

    /// <summary>
    /// How many of the scope's registrations handed this context out: the scope disposes it once for each, and only
    /// the last gives it back to the pool. Given back at the first, it could be leased to another scope before the
    /// second, which then gave back the context that scope was using — two scopes on one context, now and then,
    /// under load (« Cannot access a disposed context instance », « connection is in state Connecting »).
    /// </summary>
    private int _holders;

    /// <summary>Given to a scope by <see cref="DatabaseRegistration"/>, the only way a context of the app is obtained.</summary>
    internal void LeaseTo(AfterCommit? afterCommit)
    {
        ScopeAfterCommit = afterCommit;
        _holders = 1;
    }

    /// <summary>The same context handed out under another name in the same scope, which will dispose it once more.</summary>
    internal RoadmapDbContext HeldOnceMore()
    {
        Interlocked.Increment(ref _holders);
        return this;
    }

    public override void Dispose()
    {
        if (LastHolderLetGo())
        {
            base.Dispose();
        }

        GC.SuppressFinalize(this);
    }

    public override ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return LastHolderLetGo() ? base.DisposeAsync() : ValueTask.CompletedTask;
    }

    /// <summary>A context not leased through <see cref="LeaseTo"/> (the pool trimming, a test's own) has no holders and is disposed at once.</summary>
    private bool LastHolderLetGo() => Interlocked.Decrement(ref _holders) <= 0;

    public DbSet<Organisation> Organisations => Set<Organisation>();

    /// <summary>
    /// Through the execution strategy: SQL Server retries transient failures and refuses a bare user
    /// transaction. Inside a transaction already open (the use case's), <paramref name="work"/> joins it.
    /// </summary>
    public virtual Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        Database.CurrentTransaction is not null
            ? work(cancellationToken)
            : Database.CreateExecutionStrategy().ExecuteAsync(
                async token =>
                {
                    await using var transaction = await Database.BeginTransactionAsync(token);
                    var result = await work(token);
                    await transaction.CommitAsync(token);
                    return result;
                },
                cancellationToken);

    /// <summary>
    /// An UPDATE of the poll's row, then its read: exclusive, so ballots of one poll also pass one at a time. On
    /// SQLite the write gate serialises every writer anyway; SQL Server keeps it (not run here).
    /// </summary>
    public virtual async Task<Poll?> EnterPollAsync(Guid pollId, Guid workshopId, CancellationToken cancellationToken)
    {
        var poll = Polls.Where(p => p.Id == pollId && p.WorkshopId == workshopId);
        return await poll.ExecuteUpdateAsync(s => s.SetProperty(p => p.BallotRevision, p => p.BallotRevision + 1), cancellationToken) > 0
            ? await poll.AsNoTracking().FirstOrDefaultAsync(cancellationToken)
            : null;
    }

    public Task InsertBallotsAsync(IReadOnlyCollection<Ballot> ballots, CancellationToken cancellationToken) =>
        ballots.Count == 0 ? Task.CompletedTask : BallotRows.InsertAsync(this, ballots, cancellationToken);

    public async Task SaveChangesWithoutSavepointAsync(CancellationToken cancellationToken)
    {
        var savepoints = Database.AutoSavepointsEnabled;
        Database.AutoSavepointsEnabled = false;
        try
        {
            await SaveChangesAsync(cancellationToken);
        }
        finally
        {
            Database.AutoSavepointsEnabled = savepoints;
        }
    }

    public DbSet<TerritorialRoadmap> Roadmaps => Set<TerritorialRoadmap>();
    public DbSet<StrategicAxis> Axes => Set<StrategicAxis>();
    public DbSet<RoadmapAction> Actions => Set<RoadmapAction>();
    public DbSet<Support> Supports => Set<Support>();
    public DbSet<Endorsement> Endorsements => Set<Endorsement>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<CommentUpvote> CommentUpvotes => Set<CommentUpvote>();
    public DbSet<ContentReport> Reports => Set<ContentReport>();
    public DbSet<Follow> Follows => Set<Follow>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<Workshop> Workshops => Set<Workshop>();
    public DbSet<Attendance> WorkshopAttendances => Set<Attendance>();
    public DbSet<Poll> Polls => Set<Poll>();
    public DbSet<Ballot> Ballots => Set<Ballot>();
    public DbSet<Idea> Ideas => Set<Idea>();
    public DbSet<IdeaUpvote> IdeaUpvotes => Set<IdeaUpvote>();
    public DbSet<RaisedHand> RaisedHands => Set<RaisedHand>();
    public DbSet<RoadmapTeamMember> TeamMembers => Set<RoadmapTeamMember>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<StandingClaim> StandingClaims => Set<StandingClaim>();
    public DbSet<ActionIndicator> Indicators => Set<ActionIndicator>();
    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();
    public DbSet<ActionPilot> Pilots => Set<ActionPilot>();
    public DbSet<ActionUpdate> Updates => Set<ActionUpdate>();
    public DbSet<OutboxMail> OutboxMails => Set<OutboxMail>();
    public DbSet<MailPreference> MailPreferences => Set<MailPreference>();
    public DbSet<WorkshopRegistration> WorkshopRegistrations => Set<WorkshopRegistration>();
    public DbSet<MediatorGrant> MediatorGrants => Set<MediatorGrant>();
    public DbSet<MediatedContribution> MediatedContributions => Set<MediatedContribution>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(RoadmapDbContext).Assembly);
    }
}
