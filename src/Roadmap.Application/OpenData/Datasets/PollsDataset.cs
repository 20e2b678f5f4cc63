using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Polls;

namespace Roadmap.Application.OpenData.Datasets;

/// <summary>
/// The results of the closed polls of the roadmap's workshops, one row per option (per score for a 1–5 scale):
/// final totals only, counted by <see cref="PollTallies"/> like the room shows them. The split by role is left
/// out: it is where ballot secrecy applies (<see cref="BallotSecrecy"/>), and a split a file reader could
/// cross with other polls adds nothing to the totals. Open polls are left out, their count still moves.
/// </summary>
internal sealed class PollsDataset() : Dataset<PollsDataset.Row>(
    "sondages", "Sondages d'ateliers", "Les résultats des sondages clos des ateliers : question, options, voix et points, nombre de votant·es (connecté·es et invité·es).")
{
    private const int PollsPerBatch = 100;

    protected override IReadOnlyList<Column> Columns { get; } =
    [
        Col("ligne", FieldType.Text, "Ligne", "Clé de la ligne : identifiant du sondage et rang de l'option.", r => $"{r.Poll.Id}/{r.Rank}", required: true),
        Col("sondage_id", FieldType.Uuid, "Identifiant du sondage", "Sondage.", r => r.Poll.Id, required: true),
        Col("atelier_id", FieldType.Uuid, "Identifiant de l'atelier", "Atelier où le sondage a eu lieu.", r => r.Poll.WorkshopId, required: true),
        Col("atelier", FieldType.Text, "Atelier", "Titre de l'atelier.", r => r.WorkshopTitle, required: true),
        Col("atelier_debut", FieldType.DateTime, "Début de l'atelier", "Date et heure (UTC) du début prévu de l'atelier.", r => r.WorkshopStartsAt, required: true),
        Col("question", FieldType.Text, "Question", "Question posée.", r => r.Poll.Question, required: true),
        Col("type", FieldType.Text, "Type", "Type de sondage.", r => r.Poll.Kind.French(), required: true),
        Col("clos_le", FieldType.DateTime, "Clos le", "Date et heure (UTC) de clôture.", r => r.Poll.ClosedAt, required: true),
        Col("votants", FieldType.WholeNumber, "Votant·es", "Nombre de bulletins.", r => r.Tally.Ballots, required: true),
        Col("votants_connectes", FieldType.WholeNumber, "Votant·es connecté·es", "Bulletins de personnes connectées.", r => r.Tally.SignedInBallots, required: true),
        Col("votants_invites", FieldType.WholeNumber, "Votant·es invité·es", "Bulletins d'invité·es.", r => r.Tally.GuestBallots, required: true),
        Col("rang", FieldType.WholeNumber, "Rang", "Rang de l'option (la note pour une échelle).", r => r.Rank, required: true),
        Col("option", FieldType.Text, "Option", "Texte de l'option (la note pour une échelle de 1 à 5).", r => r.Option, required: true),
        Col("action_id", FieldType.Uuid, "Identifiant de l'action", "Action que l'option désigne, le cas échéant.", r => r.ActionId),
        Col("voix", FieldType.WholeNumber, "Voix", "Bulletins ayant choisi l'option (ayant donné cette note pour une échelle).", r => r.Votes, required: true),
        Col("points", FieldType.WholeNumber, "Points", "Points reçus (vote par points ; égal aux voix pour un choix).", r => r.Points),
        Col("moyenne", FieldType.Number, "Moyenne", "Note moyenne d'une échelle.", r => r.Tally.Scale?.Average is { } average ? (decimal)average : null),
    ];

    protected override async Task<DatasetVersion> CountAsync(IRoadmapDbContext db, TerritorialRoadmap roadmap, CancellationToken cancellationToken)
    {
        var polls = Closed(db, roadmap);
        var options = await polls.Where(p => p.Kind != PollKind.Scale).SelectMany(p => p.Options).CountAsync(cancellationToken);
        var scales = await polls.CountAsync(p => p.Kind == PollKind.Scale, cancellationToken);
        return new DatasetVersion(options + scales * (Poll.ScaleMax - Poll.ScaleMin + 1), await polls.MaxAsync(p => p.ClosedAt, cancellationToken));
    }

    /// <summary>The workshops' titles, which a closed poll shows but does not date.</summary>
    protected override IQueryable<string> Names(IRoadmapDbContext db, TerritorialRoadmap roadmap)
    {
        var polls = Closed(db, roadmap);
        return db.Workshops.Where(w => polls.Any(p => p.WorkshopId == w.Id)).Select(w => w.Title);
    }

    private static IQueryable<Poll> Closed(IRoadmapDbContext db, TerritorialRoadmap roadmap) =>
        db.Polls.Where(p => p.ClosedAt != null && db.Workshops.Any(w => w.Id == p.WorkshopId && w.RoadmapId == roadmap.Id && w.Status != WorkshopStatus.Cancelled));

    /// <summary>A roadmap has tens of polls, not thousands: their ids travel, then their tallies are counted a batch at a time.</summary>
    protected override async IAsyncEnumerable<Row> Query(IRoadmapDbContext db, TerritorialRoadmap roadmap, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ids = await Closed(db, roadmap).OrderBy(p => p.ClosedAt).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var batch in ids.Chunk(PollsPerBatch))
        {
            var polls = await db.Polls.AsNoTracking().Where(p => batch.Contains(p.Id)).ToListAsync(cancellationToken);
            var workshopIds = polls.Select(p => p.WorkshopId).Distinct().ToList();
            var workshops = await db.Workshops.AsNoTracking().Where(w => workshopIds.Contains(w.Id))
                .Select(w => new { w.Id, w.Title, w.StartsAt }).ToDictionaryAsync(w => w.Id, cancellationToken);
            var tallies = await PollTallies.ComputeAsync(db, polls, cancellationToken);
            foreach (var poll in polls.OrderBy(p => p.ClosedAt).ThenBy(p => p.Id))
            {
                var workshop = workshops[poll.WorkshopId];
                foreach (var row in RowsOf(poll, tallies[poll.Id], workshop.Title, workshop.StartsAt))
                {
                    yield return row;
                }
            }
        }
    }

    private static IEnumerable<Row> RowsOf(Poll poll, PollTally tally, string workshopTitle, DateTimeOffset startsAt)
    {
        if (tally.Scale is { } scale)
        {
            return scale.Distribution.Select((votes, i) =>
                new Row(poll, tally, workshopTitle, startsAt, Poll.ScaleMin + i, (Poll.ScaleMin + i).ToString(System.Globalization.CultureInfo.InvariantCulture), null, votes, null));
        }

        var byOption = tally.Options.ToDictionary(o => o.OptionId);
        return poll.Options.OrderBy(o => o.Position).Select((o, i) =>
            new Row(poll, tally, workshopTitle, startsAt, i + 1, o.Text, o.ActionId, byOption[o.Id].Votes, byOption[o.Id].Points));
    }

    internal sealed record Row(Poll Poll, PollTally Tally, string WorkshopTitle, DateTimeOffset WorkshopStartsAt, int Rank, string Option, Guid? ActionId, int Votes, int? Points);
}
