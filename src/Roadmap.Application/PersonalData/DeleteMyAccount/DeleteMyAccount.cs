using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Common.Transactions;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.PersonalData.DeleteMyAccount;

/// <summary>
/// Deletes the current account once its password is typed again. Contributions stay, anonymised:
/// comments read « Participant·e supprimé·e », supports still count, actions and their history
/// stay public; in workshops, names read « Participant·e supprimé·e » (minutes already written
/// included) and ballots still count.
/// Follows and notifications go. The caller signs the visitor out afterwards.
/// </summary>
[RequiresRole]
[OwnTransaction("A wrong password counts as a failed attempt although the deletion is refused.")]
public sealed record DeleteMyAccount(string Password) : IRequest<Unit>;

internal sealed class DeleteMyAccountHandler(IRoadmapDbContext db, ICurrentUser current, UserManager<ApplicationUser> users, AfterCommit afterCommit)
    : IRequestHandler<DeleteMyAccount, Unit>
{
    public async Task<Unit> Handle(DeleteMyAccount request, CancellationToken cancellationToken)
    {
        var id = current.RequireId();
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw new UnauthenticatedException();
        await ConfirmPasswordAsync(user, request.Password);

        // One transaction: the account is gone and everything anonymised, or nothing changed (and nothing sent out).
        return await afterCommit.InTransactionAsync(db, async token =>
        {
            await WorkshopNames.BlankAsync(db, id, user.DisplayName, token);
            await AnonymiseContributionsAsync(id, token);
            db.Follows.RemoveRange(await db.Follows.Where(f => f.UserId == id).ToListAsync(token));
            db.Notifications.RemoveRange(await db.Notifications.Where(n => n.UserId == id).ToListAsync(token));
            db.Users.Remove(user);
            await db.SaveChangesAsync(token);
            return Unit.Value;
        }, cancellationToken);
    }

    private async Task ConfirmPasswordAsync(ApplicationUser user, string password)
    {
        if (await users.IsLockedOutAsync(user))
        {
            throw ValidationFailedException.For(nameof(DeleteMyAccount.Password), "Trop d'essais infructueux : réessayez dans quelques minutes.");
        }

        if (!await users.CheckPasswordAsync(user, password))
        {
            // Counted like a failed sign-in, so a stolen session cannot try passwords endlessly.
            await users.AccessFailedAsync(user);
            throw ValidationFailedException.For(nameof(DeleteMyAccount.Password), "Le mot de passe est incorrect.");
        }
    }

    /// <summary>
    /// The links to the account are ClientSetNull (NO ACTION in the database): every row pointing to
    /// it must be tracked so that removing the account sets those links to null in the same save.
    /// Comments are anonymised explicitly; the other rows only need to be loaded.
    /// </summary>
    private async Task AnonymiseContributionsAsync(Guid id, CancellationToken cancellationToken)
    {
        foreach (var comment in await db.Comments.Where(c => c.AuthorId == id).ToListAsync(cancellationToken))
        {
            comment.Anonymise();
        }

        await db.Supports.Where(s => s.UserId == id).LoadAsync(cancellationToken);
        await db.Endorsements.Where(e => e.EndorsedById == id).LoadAsync(cancellationToken);
        await db.CommentUpvotes.Where(u => u.UserId == id).LoadAsync(cancellationToken);
        await db.Reports.Where(r => r.ReporterId == id).LoadAsync(cancellationToken);

        // The status history is owned by its action: loading the action tracks its history lines.
        await db.Actions.Where(a => a.ProposerId == id || a.History.Any(h => h.ById == id)).LoadAsync(cancellationToken);

        // Follow-up: measured values (and their corrections, owned) and points d'étape keep their content.
        await db.IndicatorValues.Where(v => v.RecordedById == id || v.Corrections.Any(c => c.CorrectedById == id)).LoadAsync(cancellationToken);
        await db.Updates.Where(u => u.AuthorId == id).LoadAsync(cancellationToken);

        // Mediation: what a mediator recorded for residents stays (and counts), and so do the grants an administrator gave.
        await db.MediatedContributions.Where(c => c.MediatorId == id).LoadAsync(cancellationToken);
        await db.MediatorGrants.Where(g => g.GrantedById == id).LoadAsync(cancellationToken);
    }
}
