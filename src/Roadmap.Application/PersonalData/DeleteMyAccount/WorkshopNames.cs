using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.PersonalData.DeleteMyAccount;

/// <summary>
/// The workshop tables keep snapshots of names under the participant key <c>u:&lt;id&gt;</c> and no
/// foreign key to the account: on deletion the names read « Participant·e supprimé·e », and an idea
/// no longer points to the account (a later promotion credits the facilitator, as for a guest).
/// Minutes already written (draft or published) of the workshops the person attended or ran lose
/// every name the person went by (see <see cref="MinutesRedaction"/>).
/// Ballots, upvotes and attendances stay, so tallies and minutes' counts do not move.
/// </summary>
internal static class WorkshopNames
{
    public static async Task BlankAsync(IRoadmapDbContext db, Guid userId, string displayName, CancellationToken cancellationToken)
    {
        var key = ParticipantIdentity.ForUser(userId).Key;
        await RedactMinutesAsync(db, userId, key, displayName, cancellationToken);
        await db.WorkshopAttendances.Where(a => a.ParticipantKey == key)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.DisplayName, ParticipantNames.Deleted), cancellationToken);
        await db.Ideas.Where(i => i.AuthorKey == key)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AuthorName, ParticipantNames.Deleted).SetProperty(i => i.AuthorUserId, (Guid?)null), cancellationToken);
        await db.RaisedHands.Where(h => h.ParticipantKey == key)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.DisplayName, ParticipantNames.Deleted), cancellationToken);
    }

    /// <summary>The names come from the snapshots (the display name may have changed since) before they are blanked.</summary>
    private static async Task RedactMinutesAsync(IRoadmapDbContext db, Guid userId, string key, string displayName, CancellationToken cancellationToken)
    {
        var names = await db.WorkshopAttendances.Where(a => a.ParticipantKey == key).Select(a => a.DisplayName)
            .Concat(db.Ideas.Where(i => i.AuthorKey == key).Select(i => i.AuthorName))
            .Concat(db.RaisedHands.Where(h => h.ParticipantKey == key).Select(h => h.DisplayName))
            .Distinct()
            .ToListAsync(cancellationToken);
        names.Add(displayName);

        var workshops = await db.Workshops
            .Where(w => w.Minutes != "")
            .Where(w => w.CreatedById == userId || w.CoFacilitatorIds.Contains(userId)
                || db.WorkshopAttendances.Any(a => a.WorkshopId == w.Id && a.ParticipantKey == key))
            .ToListAsync(cancellationToken);
        foreach (var workshop in workshops)
        {
            workshop.RedactMinutes(markdown => MinutesRedaction.Redact(markdown, names));
        }
    }
}
