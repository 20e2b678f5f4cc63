using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.PersonalData.ExportMyData;

/// <summary>The current user's data, to download as a JSON document.</summary>
[RequiresRole]
public sealed record ExportMyData : IQuery<PersonalDataExport>;

internal sealed class ExportMyDataHandler(IRoadmapDbContext db, ICurrentUser current, UserManager<ApplicationUser> users, TimeProvider clock)
    : IRequestHandler<ExportMyData, PersonalDataExport>
{
    public async Task<PersonalDataExport> Handle(ExportMyData request, CancellationToken cancellationToken)
    {
        var id = current.RequireId();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw new UnauthenticatedException();
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == user.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        var roles = await users.GetRolesAsync(user);
        var account = new AccountData(user.Id, user.Email ?? "", user.DisplayName, user.OrganisationId, organisation,
            [.. RoleNames.All.Where(roles.Contains)], user.CreatedAt);

        return new PersonalDataExport(
            clock.GetUtcNow(),
            account,
            await db.Actions.AsNoTracking().Where(a => a.ProposerId == id).OrderBy(a => a.CreatedAt)
                .Select(a => new ProposedActionData(a.Id, a.RoadmapId, a.Title, a.Status, a.CreatedAt)).ToListAsync(cancellationToken),
            await db.Supports.AsNoTracking().Where(s => s.UserId == id).OrderBy(s => s.CreatedAt)
                .Select(s => new SupportData(s.ActionId, db.Actions.Where(a => a.Id == s.ActionId).Select(a => a.Title).FirstOrDefault() ?? "", s.Role, s.CreatedAt))
                .ToListAsync(cancellationToken),
            await db.Endorsements.AsNoTracking().Where(e => e.EndorsedById == id).OrderBy(e => e.CreatedAt)
                .Select(e => new EndorsementData(e.ActionId, e.OrganisationId, e.CreatedAt)).ToListAsync(cancellationToken),
            await db.Comments.AsNoTracking().Where(c => c.AuthorId == id).OrderBy(c => c.CreatedAt)
                .Select(c => new CommentData(c.Id, c.ActionId, c.ParentId, c.Body, c.Alignment, c.CreatedAt, c.EditedAt, c.DeletedAt)).ToListAsync(cancellationToken),
            await db.CommentUpvotes.AsNoTracking().Where(u => u.UserId == id).OrderBy(u => u.CreatedAt)
                .Select(u => new UpvoteData(u.CommentId, u.CreatedAt)).ToListAsync(cancellationToken),
            await db.Reports.AsNoTracking().Where(r => r.ReporterId == id).OrderBy(r => r.CreatedAt)
                .Select(r => new ReportData(r.Target, r.TargetId, r.Reason, r.CreatedAt)).ToListAsync(cancellationToken),
            await db.Follows.AsNoTracking().Where(f => f.UserId == id).OrderBy(f => f.CreatedAt)
                .Select(f => new FollowData(f.Target, f.TargetId, f.CreatedAt)).ToListAsync(cancellationToken),
            await db.Notifications.AsNoTracking().Where(n => n.UserId == id).OrderBy(n => n.CreatedAt)
                .Select(n => new NotificationData(n.Kind, n.Text, n.Link, n.CreatedAt, n.ReadAt)).ToListAsync(cancellationToken),
            await WorkshopParticipationExport.ReadAsync(db, id, cancellationToken),
            await MailExport.ReadAsync(db, id, cancellationToken),
            await MediationExport.ReadAsync(db, id, cancellationToken));
    }
}
