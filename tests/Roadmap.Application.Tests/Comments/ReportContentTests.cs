using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Comments.ReportContent;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Moderation;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Comments;

public sealed class ReportContentTests : ApplicationTest
{
    private CommentScenario _scenario = default!;

    protected override async Task ArrangeAsync()
    {
        _scenario = await CommentScenario.StartAsync(Host);
    }

    private async Task ReportAsync(Guid reporterId, ReportTarget target, Guid targetId, string reason = "Propos injurieux")
    {
        _scenario.SignInAsCitizen(reporterId);
        await Host.SendAsync(new ReportContent(target, targetId, reason));
    }

    [Fact]
    public async Task ThreeDifferentReportersHoldACommentPendingModeration()
    {
        var id = await _scenario.PostAsync(_scenario.ProposerId);

        foreach (var name in new[] { "A", "B", "C" })
        {
            await ReportAsync(await Host.NewUserAsync(name), ReportTarget.Comment, id);
        }

        Assert.False((await _scenario.FindAsync(id)).IsVisible);
        Assert.Equal(0, await _scenario.CommentCountAsync());
    }

    [Fact]
    public async Task TwoReportersDoNotHoldAComment()
    {
        var id = await _scenario.PostAsync(_scenario.ProposerId);

        await ReportAsync(await Host.NewUserAsync("A"), ReportTarget.Comment, id);
        await ReportAsync(await Host.NewUserAsync("B"), ReportTarget.Comment, id);

        Assert.True((await _scenario.FindAsync(id)).IsVisible);
    }

    [Fact]
    public async Task ReportingTheSameCommentTwiceIsAConflict()
    {
        var id = await _scenario.PostAsync(_scenario.ProposerId);
        await ReportAsync(_scenario.CitizenId, ReportTarget.Comment, id);

        var error = await Assert.ThrowsAsync<ConflictException>(() => ReportAsync(_scenario.CitizenId, ReportTarget.Comment, id, "Encore"));

        Assert.Contains("déjà signalé", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await Host.WithDbAsync(db => db.Reports.CountAsync()));
    }

    [Fact]
    public async Task AnActionCanBeReported()
    {
        await ReportAsync(_scenario.CitizenId, ReportTarget.Action, _scenario.Action.Id, "Publicité déguisée");

        var report = await Host.WithDbAsync(db => db.Reports.SingleAsync());
        Assert.Equal(ReportTarget.Action, report.Target);
        Assert.Equal(_scenario.Action.Id, report.TargetId);
        Assert.Equal("Publicité déguisée", report.Reason);
    }

    [Fact]
    public async Task AReportNeedsAReason()
    {
        var id = await _scenario.PostAsync(_scenario.ProposerId);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => ReportAsync(_scenario.CitizenId, ReportTarget.Comment, id, ""));

        Assert.True(error.Errors.ContainsKey("Reason"));
    }

    [Fact]
    public async Task ReportingAnUnknownCommentIsNotFound()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => ReportAsync(_scenario.CitizenId, ReportTarget.Comment, Guid.NewGuid()));
    }

    [Fact]
    public async Task AnAnonymousVisitorMayNotReport()
    {
        await Assert.ThrowsAsync<UnauthenticatedException>(() =>
            Host.SendAsync(new ReportContent(ReportTarget.Action, _scenario.Action.Id, "Spam")));
    }

    [Fact]
    public async Task ACommentAModeratorKeptIsNotHeldAgainAutomatically()
    {
        var comment = await _scenario.WriteAtAsync(_scenario.ProposerId, RoadmapBuilder.Now);
        await Host.WithDbAsync(async db =>
        {
            (await db.Comments.SingleAsync(c => c.Id == comment.Id)).Restore(RoadmapBuilder.Now);
            return await db.SaveChangesAsync();
        });

        for (var i = 0; i < Comment.ReportsBeforeHold; i++)
        {
            await ReportAsync(await Host.NewUserAsync($"R{i}"), ReportTarget.Comment, comment.Id);
        }

        Assert.True((await _scenario.FindAsync(comment.Id)).IsVisible);
    }
}
