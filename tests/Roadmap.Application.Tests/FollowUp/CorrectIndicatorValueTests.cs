using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.FollowUp.CorrectIndicatorValue;
using Roadmap.Application.FollowUp.ListIndicatorValues;
using Roadmap.Application.FollowUp.RecordIndicatorValue;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.FollowUp;

public sealed class CorrectIndicatorValueTests() : ApplicationTest(frozenClock: true)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(RoadmapBuilder.Now.UtcDateTime);

    private ValuesScene _scene = default!;
    private Guid _valueId;

    protected override async Task ArrangeAsync()
    {
        _scene = await ValuesScene.StartAsync(Host);
        _scene.SignIn(ValuesScene.Pilot);
        _valueId = await Host.SendAsync(new RecordIndicatorValue(_scene.IndicatorId, Today, 500, "Bilan", "Estimé"));
    }

    public static TheoryData<string, bool> WhoMayReport() => ValuesScene.WhoMayReport();

    [Theory]
    [MemberData(nameof(WhoMayReport))]
    public async Task OnlyPilotsAndManagersMayCorrect(string who, bool allowed)
    {
        _scene.SignIn(who);

        var correct = () => Host.SendAsync(new CorrectIndicatorValue(_valueId, Today, 600, "Bilan", "", "Erreur de saisie"));

        if (allowed)
        {
            await correct();
            Assert.Equal(600, await ValueAsync());
        }
        else
        {
            await Assert.ThrowsAsync<ForbiddenException>(correct);
            Assert.Equal(500, await ValueAsync());
        }
    }

    [Fact]
    public async Task KeepsWhatItReplacedWithWhoWhenAndWhy()
    {
        _scene.SignIn(ValuesScene.Manager);
        Host.Clock.Advance(TimeSpan.FromHours(2));

        await Host.SendAsync(new CorrectIndicatorValue(_valueId, Today.AddDays(-1), 600, "Insee", "Définitif", "Chiffre définitif publié"));

        var listed = await Host.SendAsync(new ListIndicatorValues(_scene.IndicatorId));
        var value = Assert.Single(listed.Values);
        Assert.Equal(600, value.Value);
        Assert.Equal("Paule Pilote", value.RecordedBy);
        var correction = Assert.Single(value.Corrections);
        Assert.Equal("Manon Gestionnaire", correction.CorrectedBy);
        Assert.Equal("Chiffre définitif publié", correction.Reason);
        Assert.Equal(RoadmapBuilder.Now.AddHours(2), correction.CorrectedAt);
        Assert.Equal(500, correction.PreviousValue);
        Assert.Equal(Today, correction.PreviousMeasuredOn);
        Assert.Equal("Estimé", correction.PreviousComment);
    }

    [Fact]
    public async Task RecomputesTheLatestValueAndTheProgress()
    {
        await Host.SendAsync(new CorrectIndicatorValue(_valueId, Today, 1_000, "", "", "Erreur de saisie"));

        var action = await Host.WithDbAsync(db => db.Actions.AsNoTracking().SingleAsync(a => a.Id == _scene.Followed.Id));
        Assert.Equal(1_000, action.Indicators[0].LatestValue);
        Assert.Equal(50, action.ProgressPercent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n ")]
    public async Task RequiresAReason(string reason)
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Host.SendAsync(new CorrectIndicatorValue(_valueId, Today, 600, "", "", reason)));

        Assert.Equal(["Indiquez le motif de la correction."], refused.Errors["Reason"]);
        Assert.Equal(500, await ValueAsync());
    }

    [Fact]
    public async Task RefusesMovingOntoAnotherValuesDate()
    {
        await Host.SendAsync(new RecordIndicatorValue(_scene.IndicatorId, Today.AddDays(-7), 400, "", ""));

        var refused = await Assert.ThrowsAsync<ConflictException>(() =>
            Host.SendAsync(new CorrectIndicatorValue(_valueId, Today.AddDays(-7), 600, "", "", "Mauvaise date")));

        Assert.Equal("Une valeur existe déjà pour le 3 mars 2026 : corrigez-la.", refused.Message);
        Assert.Equal(500, await ValueAsync());
    }

    [Fact]
    public async Task AnUnknownValueIsNotFound() =>
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new CorrectIndicatorValue(Guid.NewGuid(), Today, 1, "", "", "Motif")));

    private Task<decimal> ValueAsync() => Host.WithDbAsync(db => db.IndicatorValues.Where(v => v.Id == _valueId).Select(v => v.Value).SingleAsync());
}
