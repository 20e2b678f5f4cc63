using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.FollowUp.RecordIndicatorValue;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.FollowUp;

public sealed class RecordIndicatorValueTests() : ApplicationTest(frozenClock: true)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(RoadmapBuilder.Now.UtcDateTime);

    private ValuesScene _scene = default!;

    protected override async Task ArrangeAsync() => _scene = await ValuesScene.StartAsync(Host);

    public static TheoryData<string, bool> WhoMayReport() => ValuesScene.WhoMayReport();

    [Theory]
    [MemberData(nameof(WhoMayReport))]
    public async Task OnlyPilotsAndManagersMayRecord(string who, bool allowed)
    {
        _scene.SignIn(who);

        var record = () => Host.SendAsync(new RecordIndicatorValue(_scene.IndicatorId, Today, 500, "Bilan", ""));

        if (allowed)
        {
            await record();
            Assert.Equal(1, await CountValuesAsync());
        }
        else
        {
            await Assert.ThrowsAsync<ForbiddenException>(record);
            Assert.Equal(0, await CountValuesAsync());
        }
    }

    [Fact]
    public async Task AnAnonymousVisitorMustSignIn()
    {
        _scene.SignIn(ValuesScene.Anonymous);

        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new RecordIndicatorValue(_scene.IndicatorId, Today, 500, "", "")));
    }

    [Fact]
    public async Task ShowsTheLatestValueAndDerivesTheProgress()
    {
        _scene.SignIn(ValuesScene.Pilot);

        await Host.SendAsync(new RecordIndicatorValue(_scene.IndicatorId, Today, 500, "Bilan", "Premier trimestre"));
        await Host.SendAsync(new RecordIndicatorValue(_scene.IndicatorId, Today.AddDays(-30), 100, "", ""));

        var action = await Host.WithDbAsync(db => db.Actions.AsNoTracking().SingleAsync(a => a.Id == _scene.Followed.Id));
        Assert.Equal(500, action.Indicators[0].LatestValue);
        Assert.Equal(Today, action.Indicators[0].LatestMeasuredOn);
        Assert.Equal(25, action.ProgressPercent);
    }

    [Fact]
    public async Task RefusesASecondValueOnTheSameDate()
    {
        _scene.SignIn(ValuesScene.Pilot);
        await Host.SendAsync(new RecordIndicatorValue(_scene.IndicatorId, Today, 500, "", ""));

        var refused = await Assert.ThrowsAsync<ConflictException>(() => Host.SendAsync(new RecordIndicatorValue(_scene.IndicatorId, Today, 600, "", "")));

        Assert.Equal("Une valeur existe déjà pour le 10 mars 2026 : corrigez-la.", refused.Message);
        Assert.Equal(1, await CountValuesAsync());
    }

    [Fact]
    public async Task ADoubleSubmitRecordsOnce()
    {
        _scene.SignIn(ValuesScene.Pilot);
        var request = new RecordIndicatorValue(_scene.IndicatorId, Today, 500, "", "");

        var results = await Task.WhenAll(
            Capture(() => Host.SendAsync(request)), Capture(() => Host.SendAsync(request)), Capture(() => Host.SendAsync(request)));

        Assert.Single(results, r => r is null);
        Assert.All(results.OfType<Exception>(), e => Assert.IsType<ConflictException>(e));
        Assert.Equal(1, await CountValuesAsync());
    }

    [Fact]
    public async Task RefusesAFutureDate()
    {
        _scene.SignIn(ValuesScene.Pilot);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new RecordIndicatorValue(_scene.IndicatorId, Today.AddDays(2), 500, "", "")));

        Assert.Equal("La date de mesure ne peut pas être dans le futur.", refused.Message);
    }

    [Theory]
    [InlineData("100000000000000.0001")]
    [InlineData("-79228162514264337593543950335")]
    public async Task RefusesHugeNumbers(string value)
    {
        _scene.SignIn(ValuesScene.Pilot);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            Host.SendAsync(new RecordIndicatorValue(_scene.IndicatorId, Today, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), "", "")));

        Assert.Equal("La valeur mesurée est trop grande.", refused.Message);
        Assert.Equal(0, await CountValuesAsync());
    }

    [Fact]
    public async Task RefusesAnActionThatIsNotFollowedUp()
    {
        _scene.SignIn(ValuesScene.Manager);

        await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new RecordIndicatorValue(_scene.Proposed.Indicators[0].Id, Today, 1, "", "")));
    }

    [Fact]
    public async Task RefusesTooLongASourceBesideTheField()
    {
        _scene.SignIn(ValuesScene.Pilot);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Host.SendAsync(new RecordIndicatorValue(_scene.IndicatorId, Today, 1, new string('s', 301), "<script>alert(1)</script>\r\n")));

        Assert.Equal(["La source ne doit pas dépasser 300 caractères."], refused.Errors["Source"]);
    }

    [Fact]
    public async Task KeepsUnicodeAndMarkupAsText()
    {
        _scene.SignIn(ValuesScene.Pilot);

        await Host.SendAsync(new RecordIndicatorValue(_scene.IndicatorId, Today, 1, "  Insee 🇫🇷  ", "<script>alert(1)</script>\r\nligne 2"));

        var value = await Host.WithDbAsync(db => db.IndicatorValues.SingleAsync());
        Assert.Equal("Insee 🇫🇷", value.Source);
        Assert.Equal("<script>alert(1)</script>\r\nligne 2", value.Comment);
    }

    [Fact]
    public async Task AnUnknownIndicatorIsNotFound()
    {
        _scene.SignIn(ValuesScene.Administrator);

        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new RecordIndicatorValue(Guid.NewGuid(), Today, 1, "", "")));
    }

    private static async Task<Exception?> Capture(Func<Task> work)
    {
        try
        {
            await work();
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    private Task<int> CountValuesAsync() => Host.WithDbAsync(db => db.IndicatorValues.CountAsync());
}
