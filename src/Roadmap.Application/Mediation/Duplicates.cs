using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Inclusion;

namespace Roadmap.Application.Mediation;

/// <summary>
/// Refuses a second entry of the same resident on the same target: checked first for a clear message, then enforced by
/// the unique <see cref="MediatedContribution.DedupeKey"/>, so that a double submit or two mediators at the same
/// moment are refused by the database too.
/// </summary>
internal static class Duplicates
{
    public static string Message(MediatedContributionKind kind) => kind switch
    {
        MediatedContributionKind.Support =>
            "Cet·te habitant·e (même prénom, initiale, commune et tranche d'âge) soutient déjà cette action : un soutien recueilli ne compte qu'une fois.",
        MediatedContributionKind.Comment => "Ce commentaire de cet·te habitant·e est déjà enregistré sur cette action.",
        _ => "Cette idée de cet·te habitant·e (même titre) est déjà enregistrée sur cette feuille de route.",
    };

    public static async Task SaveAsync(IRoadmapDbContext db, MediatedContribution contribution, CancellationToken cancellationToken)
    {
        if (await TakenAsync(db, contribution, cancellationToken))
        {
            throw new ConflictException(Message(contribution.Kind));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index refused it: the same entry was saved by another request since the check above.
            db.MediatedContributions.Entry(contribution).State = EntityState.Detached;
            if (!await TakenAsync(db, contribution, cancellationToken))
            {
                throw;
            }

            throw new ConflictException(Message(contribution.Kind));
        }
    }

    private static Task<bool> TakenAsync(IRoadmapDbContext db, MediatedContribution contribution, CancellationToken cancellationToken) =>
        db.MediatedContributions.AnyAsync(c => c.DedupeKey == contribution.DedupeKey && c.Id != contribution.Id, cancellationToken);
}
