using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.PersonalData.ExportMyData;

/// <summary>
/// Reads the workshop rows of one account. The workshop tables have no foreign key to accounts:
/// they are found by the participant key <c>u:&lt;id&gt;</c>, then completed with titles and option texts.
/// </summary>
internal static class WorkshopParticipationExport
{
    public static async Task<WorkshopParticipationData> ReadAsync(IRoadmapDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var key = ParticipantIdentity.ForUser(userId).Key;
        var attendances = await db.WorkshopAttendances.AsNoTracking().Where(a => a.ParticipantKey == key).OrderBy(a => a.JoinedAt).ToListAsync(cancellationToken);
        var ideas = await db.Ideas.AsNoTracking().Where(i => i.AuthorKey == key).OrderBy(i => i.PostedAt).ToListAsync(cancellationToken);
        var ballots = await db.Ballots.AsNoTracking().Where(b => b.VoterKey == key).OrderBy(b => b.CastAt).ToListAsync(cancellationToken);
        var upvotes = await db.IdeaUpvotes.AsNoTracking().Where(u => u.VoterKey == key).OrderBy(u => u.CreatedAt)
            .Select(u => new { u.IdeaId, WorkshopId = db.Ideas.Where(i => i.Id == u.IdeaId).Select(i => i.WorkshopId).FirstOrDefault(), u.CreatedAt })
            .ToListAsync(cancellationToken);
        var hands = await db.RaisedHands.AsNoTracking().Where(h => h.ParticipantKey == key).OrderBy(h => h.RaisedAt).ToListAsync(cancellationToken);

        var pollIds = ballots.Select(b => b.PollId).Distinct().ToList();
        var polls = await db.Polls.AsNoTracking().Where(p => pollIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var workshopIds = attendances.Select(a => a.WorkshopId)
            .Concat(ideas.Select(i => i.WorkshopId))
            .Concat(polls.Values.Select(p => p.WorkshopId))
            .Concat(upvotes.Select(u => u.WorkshopId))
            .Concat(hands.Select(h => h.WorkshopId))
            .Distinct().ToList();
        var titles = await db.Workshops.AsNoTracking().Where(w => workshopIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Title, cancellationToken);
        string Title(Guid workshopId) => titles.GetValueOrDefault(workshopId, "");

        return new WorkshopParticipationData(
            [.. attendances.Select(a => new WorkshopAttendanceData(a.WorkshopId, Title(a.WorkshopId), a.DisplayName, a.JoinedAt, a.LastJoinedAt, a.LeftAt))],
            [.. ideas.Select(i => new WorkshopIdeaData(i.Id, i.WorkshopId, Title(i.WorkshopId), i.Text, i.AuthorName, i.PostedAt, i.UpvoteCount, StatusOf(i), i.HiddenReason, i.PromotedActionId))],
            [.. ballots.Where(b => polls.ContainsKey(b.PollId)).Select(b => Describe(b, polls[b.PollId], Title(polls[b.PollId].WorkshopId)))],
            [.. upvotes.Select(u => new WorkshopIdeaUpvoteData(u.IdeaId, u.WorkshopId, Title(u.WorkshopId), u.CreatedAt))],
            [.. hands.Select(h => new WorkshopHandData(h.WorkshopId, Title(h.WorkshopId), h.DisplayName, h.RaisedAt, h.LoweredAt, h.CalledAt))]);
    }

    private static WorkshopIdeaStatus StatusOf(Idea idea) =>
        idea.PromotedActionId is not null ? WorkshopIdeaStatus.Promoted
        : idea.IsHidden ? WorkshopIdeaStatus.Hidden
        : WorkshopIdeaStatus.Visible;

    private static WorkshopBallotData Describe(Ballot ballot, Poll poll, string workshopTitle)
    {
        var texts = poll.Options.ToDictionary(o => o.Id, o => o.Text);
        var choices = ballot.Choices
            .OrderBy(c => poll.Options.FirstOrDefault(o => o.Id == c.OptionId)?.Position ?? int.MaxValue)
            .Select(c => new WorkshopBallotChoiceData(c.OptionId, texts.GetValueOrDefault(c.OptionId, ""), c.Points))
            .ToList();
        return new WorkshopBallotData(poll.Id, poll.WorkshopId, workshopTitle, poll.Question, poll.Kind, choices, ballot.Score, ballot.CastAt, ballot.UpdatedAt);
    }
}
