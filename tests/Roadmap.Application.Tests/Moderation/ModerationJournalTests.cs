using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Audit;
using Roadmap.Application.Comments.ReportContent;
using Roadmap.Application.Domain.Audit;
using Roadmap.Application.Domain.Moderation;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Moderation;
using Roadmap.Application.Moderation.ModerateAction;
using Roadmap.Application.Moderation.ModerateComment;
using Roadmap.Application.Tests.Comments;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Moderation;

/// <summary>Hiding or restoring a comment or an action is in the audit journal, as for mediated contributions.</summary>
public sealed class ModerationJournalTests : ApplicationTest
{
    private CommentScenario _scenario = default!;
    private Guid _moderatorId;

    protected override async Task ArrangeAsync()
    {
        _scenario = await CommentScenario.StartAsync(Host);
        _moderatorId = await Host.NewUserAsync("Animatrice");
    }

    [Fact]
    public async Task HidingACommentRecordsItsReasonAndTheReportsItClosed()
    {
        var id = await ReportedCommentAsync();

        await Host.SendAsync(new ModerateComment(id, ModerationDecision.Hide, "Propos injurieux envers un élu"));

        var entry = await SingleEntryAsync();
        Assert.Equal(("comment.hidden", "Commentaire masqué", _scenario.Roadmap.Id, "Animatrice"),
            (entry.Action, AuditActions.French(entry.Action), entry.RoadmapId!.Value, entry.ActorName));
        Assert.Contains("Texte à modérer", entry.Subject, StringComparison.Ordinal);
        Assert.Contains("\"pendingReports\":1", entry.Before, StringComparison.Ordinal);
        Assert.Contains("Propos injurieux envers un élu", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeepingAReportedCommentVisibleIsRecordedOnce()
    {
        var id = await ReportedCommentAsync();

        await Host.SendAsync(new ModerateComment(id, ModerationDecision.Restore));
        await Host.SendAsync(new ModerateComment(id, ModerationDecision.Restore));

        Assert.Equal(["comment.restored"], await ActionsAsync());
    }

    [Fact]
    public async Task HidingThenRestoringAnActionRecordsEachOnce()
    {
        SignInAsModerator();

        await Host.SendAsync(new ModerateAction(_scenario.Action.Id, ModerationDecision.Hide, "Publicité"));
        await Host.SendAsync(new ModerateAction(_scenario.Action.Id, ModerationDecision.Hide, "Publicité"));
        await Host.SendAsync(new ModerateAction(_scenario.Action.Id, ModerationDecision.Restore));

        Assert.Equal(["action.hidden", "action.restored"], await ActionsAsync());
        Assert.Equal("Action masquée", AuditActions.French("action.hidden"));
    }

    private async Task<Guid> ReportedCommentAsync()
    {
        var id = await _scenario.PostAsync(_scenario.ProposerId, "Texte à modérer");
        _scenario.SignInAsCitizen();
        await Host.SendAsync(new ReportContent(ReportTarget.Comment, id, "Propos injurieux"));
        SignInAsModerator();
        return id;
    }

    private void SignInAsModerator() => Host.User.SignIn(_moderatorId, null, RoleNames.Facilitator);

    private Task<AuditEntry> SingleEntryAsync() => Host.WithDbAsync(db => db.AuditEntries.SingleAsync());

    private Task<List<string>> ActionsAsync() => Host.WithDbAsync(db => db.AuditEntries.OrderBy(e => e.At).Select(e => e.Action).ToListAsync());
}
