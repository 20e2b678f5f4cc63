using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.PersonalData.DeleteMyAccount;

/// <summary>
/// The workshop tables keep snapshots of names under the participant key <c>u:&lt;id&gt;</c> and no
/// foreign key to the account: on deletion the names read « Participant·e supprimé·e », and an idea
/// no longer points to the account (a later promotion credits the facilitator, as for a guest).
/// Ballots, upvotes and attendances stay, so tallies and minutes' counts do not move.
/// </summary>
internal static class WorkshopNames
{
    public static async Task BlankAsync(IRoadmapDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var key = ParticipantIdentity.ForUser(userId).Key;
        await db.WorkshopAttendances.Where(a => a.ParticipantKey == key)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.DisplayName, ParticipantNames.Deleted), cancellationToken);
        await db.Ideas.Where(i => i.AuthorKey == key)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AuthorName, ParticipantNames.Deleted).SetProperty(i => i.AuthorUserId, (Guid?)null), cancellationToken);
        await db.RaisedHands.Where(h => h.ParticipantKey == key)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.DisplayName, ParticipantNames.Deleted), cancellationToken);
    }
}
