using Microsoft.EntityFrameworkCore;
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

namespace Roadmap.Application.Common.Interfaces;

/// <summary>The database as the use cases see it. Implemented by Infrastructure's DbContext.</summary>
public interface IRoadmapDbContext
{
    DbSet<ApplicationUser> Users { get; }
    DbSet<Organisation> Organisations { get; }
    DbSet<TerritorialRoadmap> Roadmaps { get; }
    DbSet<StrategicAxis> Axes { get; }
    DbSet<RoadmapAction> Actions { get; }
    DbSet<Support> Supports { get; }
    DbSet<Endorsement> Endorsements { get; }
    DbSet<Comment> Comments { get; }
    DbSet<CommentUpvote> CommentUpvotes { get; }
    DbSet<ContentReport> Reports { get; }
    DbSet<Follow> Follows { get; }
    DbSet<Notification> Notifications { get; }
    DbSet<Workshop> Workshops { get; }
    DbSet<Attendance> WorkshopAttendances { get; }
    DbSet<Poll> Polls { get; }
    DbSet<Ballot> Ballots { get; }
    DbSet<Idea> Ideas { get; }
    DbSet<IdeaUpvote> IdeaUpvotes { get; }
    DbSet<RaisedHand> RaisedHands { get; }
    DbSet<RoadmapTeamMember> TeamMembers { get; }
    DbSet<AuditEntry> AuditEntries { get; }
    DbSet<StandingClaim> StandingClaims { get; }
    DbSet<ActionIndicator> Indicators { get; }
    DbSet<IndicatorValue> IndicatorValues { get; }
    DbSet<ActionPilot> Pilots { get; }
    DbSet<ActionUpdate> Updates { get; }
    DbSet<OutboxMail> OutboxMails { get; }
    DbSet<MailPreference> MailPreferences { get; }
    DbSet<WorkshopRegistration> WorkshopRegistrations { get; }
    DbSet<MediatorGrant> MediatorGrants { get; }
    DbSet<MediatedContribution> MediatedContributions { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <paramref name="work"/> in one database transaction, the way the provider writes best
    /// (its execution strategy; on SQLite, after the writers already waiting in this process).
    /// </summary>
    Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>
    /// Inside a ballot's transaction: the poll of <paramref name="workshopId"/> (null if there is none), read while
    /// holding its row, so that a close of it waits for this transaction's commit and a close committed before shows
    /// in what is read. Ballots of one poll need not wait for each other: how the row is held depends on the provider.
    /// </summary>
    Task<Poll?> EnterPollAsync(Guid pollId, Guid workshopId, CancellationToken cancellationToken);

    /// <summary>
    /// <c>SaveChangesAsync</c> without the savepoint EF Core takes around it inside a transaction, for a use case
    /// that lets a failed write fail it whole (nothing catches the error to go on): two round trips fewer.
    /// </summary>
    Task SaveChangesWithoutSavepointAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Inside a transaction: writes new ballots and their choices set-based, a few statements for the lot, not tracked
    /// (a vote's batches pass one at a time per poll). A row the database refuses fails as <c>DbUpdateException</c>.
    /// </summary>
    Task InsertBallotsAsync(IReadOnlyCollection<Ballot> ballots, CancellationToken cancellationToken);
}
