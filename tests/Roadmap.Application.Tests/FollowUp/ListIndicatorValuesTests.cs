using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.FollowUp.GetIndicatorMeasures;
using Roadmap.Application.FollowUp.ListIndicatorValues;
using Roadmap.Application.FollowUp.RecordIndicatorValue;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.FollowUp;

public sealed class ListIndicatorValuesTests() : ApplicationTest(frozenClock: true)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(RoadmapBuilder.Now.UtcDateTime);

    private ValuesScene _scene = default!;

    protected override async Task ArrangeAsync()
    {
        _scene = await ValuesScene.StartAsync(Host);
        _scene.SignIn(ValuesScene.Pilot);
        await Host.SendAsync(new RecordIndicatorValue(_scene.IndicatorId, Today.AddDays(-60), 100, "", ""));
        await Host.SendAsync(new RecordIndicatorValue(_scene.IndicatorId, Today, 500, "", ""));
        _scene.SignIn(ValuesScene.Anonymous);
    }

    [Fact]
    public async Task AnyoneReadsTheValuesNewestFirst()
    {
        var listed = await Host.SendAsync(new ListIndicatorValues(_scene.IndicatorId));

        Assert.Equal([500m, 100m], listed.Values.Select(v => v.Value));
        Assert.Equal(500, listed.Progress.Latest);
        Assert.Equal(25, listed.Progress.PercentDone);
    }

    [Fact]
    public async Task AnActionHiddenByModerationIsServedToItsTeamOnly()
    {
        await Host.WithDbAsync(async db =>
        {
            var action = await db.Actions.FindAsync(_scene.Followed.Id);
            action!.Hide("Propos injurieux", RoadmapBuilder.Now);
            return await db.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<HiddenByModerationException>(() => Host.SendAsync(new ListIndicatorValues(_scene.IndicatorId)));
        _scene.SignIn(ValuesScene.TeamFacilitator);
        Assert.Equal(2, (await Host.SendAsync(new ListIndicatorValues(_scene.IndicatorId))).Values.Count);
    }

    [Fact]
    public async Task AnUnknownIndicatorIsNotFound() =>
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new ListIndicatorValues(Guid.NewGuid())));

    [Theory]
    [InlineData(ValuesScene.Pilot, null)]
    [InlineData(ValuesScene.OtherPilot, "Seuls les pilotes de cette action (ou les gestionnaires de la feuille de route) peuvent rendre compte de son avancement.")]
    [InlineData(ValuesScene.Anonymous, "Seuls les pilotes de cette action (ou les gestionnaires de la feuille de route) peuvent rendre compte de son avancement.")]
    public async Task TheIndicatorsPageSaysWhetherTheCallerMayReport(string who, string? refusal)
    {
        _scene.SignIn(who);

        var page = await Host.SendAsync(new GetIndicatorMeasures(_scene.A.Slug, _scene.Followed.Id));

        Assert.Equal(refusal, page.ReportRefusal);
        Assert.Equal(IndicatorState.Ahead, Assert.Single(page.Indicators).Progress.State);
    }

    [Fact]
    public async Task TheIndicatorsPageOfAnActionNotFollowedUpSaysSo()
    {
        _scene.SignIn(ValuesScene.Manager);

        var page = await Host.SendAsync(new GetIndicatorMeasures(_scene.A.Slug, _scene.Proposed.Id));

        Assert.Equal("Le suivi d'une action commence quand elle est retenue.", page.ReportRefusal);
    }

    [Fact]
    public async Task TheIndicatorsPageIsNotServedUnderAnotherRoadmap() =>
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new GetIndicatorMeasures(_scene.B.Slug, _scene.Followed.Id)));
}
