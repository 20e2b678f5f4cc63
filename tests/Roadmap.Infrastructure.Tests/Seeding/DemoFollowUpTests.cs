using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Infrastructure.Tests.Support;

namespace Roadmap.Infrastructure.Tests.Seeding;

/// <summary>
/// The demo shows the follow-up at once (issue 11, item 11): the Drôme's roadmap, adopted about three
/// years before the seeding, is in Mise en œuvre with pilots, measured values, points d'étape, a
/// difficulty and budgets per year; its indicators' states do not depend on the seeding day.
/// </summary>
[Collection(SeededDemoCollection.Name)]
public sealed class DemoFollowUpTests(DemoSeederTests.SeededDatabase seeded)
{
    private const string Drome = "usages-numeriques-drome";
    private const string Pilot = "pilote@demo.roadmap.local";
    private const string Fibre = "Raccorder plus de 160 000 foyers drômois au très haut débit";
    private const string TiersLieux = "Financer dix-neuf tiers-lieux dans les bassins de vie";
    private const string Formation = "Former les Drômois aux usages essentiels avec les conseillers numériques";
    private const string Demarches = "Rendre les démarches du Département faisables en ligne";
    private const string Pylones = "Couvrir les zones blanches mobiles par des pylônes 4G";
    private const string Communes = "Un accompagnement numérique pour chaque commune qui le demande";
    private const string Teletravail = "Des espaces de télétravail près des gares";

    private readonly SqliteTestDatabase _database = seeded.Database;

    [Fact]
    public async Task TheDromeIsInMiseEnOeuvreWithItsActionsRetainedOnTheAdoptionDay()
    {
        var roadmap = await _database.QueryAsync(db => db.Roadmaps.SingleAsync(r => r.Slug == Drome));
        var actions = await ActionsAsync();
        var adoptedOn = roadmap.Phases.Single(p => p.Phase == RoadmapPhase.Adoptee).StartsOn;
        var manager = await _database.QueryAsync(db => db.Users.SingleAsync(u => u.Email == "participant17@demo.roadmap.local"));

        Assert.Equal(RoadmapPhase.MiseEnOeuvre, roadmap.CurrentPhase);
        Assert.Equal(
            [(ActionStatus.Retained, 1), (ActionStatus.NotRetained, 1), (ActionStatus.InProgress, 5), (ActionStatus.Done, 1)],
            actions.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())));
        Assert.All(actions.Where(a => a.IsFollowedUp), action =>
        {
            var retained = Assert.Single(action.History, h => h.To == ActionStatus.Retained);
            Assert.Equal(adoptedOn, DateOnly.FromDateTime(retained.At.UtcDateTime));
            Assert.Equal(manager.Id, retained.ById);
            Assert.StartsWith("Retenue", retained.Reason, StringComparison.Ordinal);
        });
        Assert.All(actions.SelectMany(a => a.History), step => Assert.True(step.At < DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task ThePilotAccountPilotsFiveActionsAndEveryFollowedUpActionHasAPilot()
    {
        var actions = await ActionsAsync();
        var pilots = await _database.QueryAsync(db => db.Pilots
            .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { p.ActionId, u.Email, u.DisplayName }).ToListAsync());
        var dromePilots = pilots.Where(p => actions.Any(a => a.Id == p.ActionId)).ToList();

        Assert.Equal(8, pilots.Count);
        Assert.Equal(8, dromePilots.Count);
        Assert.Equal(5, dromePilots.Count(p => p.Email == Pilot));
        Assert.Equal("Claire Pilote", dromePilots.First(p => p.Email == Pilot).DisplayName);
        Assert.All(actions.Where(a => a.IsFollowedUp), action => Assert.Contains(dromePilots, p => p.ActionId == action.Id));
    }

    [Fact]
    public async Task IndicatorsAreLateOnTrackAchievedOrNotMeasuredAsTheDemoSays()
    {
        var states = (await ActionsAsync()).Where(a => a.IsFollowedUp)
            .ToDictionary(a => a.Title, a => IndicatorProgress.Of(a.Indicators.Single(), a.RetainedOn).State);

        Assert.Equal(IndicatorState.Late, states[Fibre]);
        Assert.Equal(IndicatorState.Late, states[Demarches]);
        Assert.Equal(IndicatorState.OnTrack, states[Pylones]);
        Assert.Equal(IndicatorState.OnTrack, states[Formation]);
        Assert.Equal(IndicatorState.OnTrack, states[Communes]);
        Assert.Equal(IndicatorState.Achieved, states[TiersLieux]);
        Assert.Equal(IndicatorState.NotMeasured, states[Teletravail]);
    }

    [Fact]
    public async Task EighteenValuesFromDemoReportsOneCorrectedWithItsReasonAndTheLatestShown()
    {
        var actions = await ActionsAsync();
        var values = await _database.QueryAsync(db => db.IndicatorValues.ToListAsync());
        var corrected = Assert.Single(values, v => v.Corrections.Count > 0);
        var correction = Assert.Single(corrected.Corrections);

        Assert.Equal(18, values.Count);
        Assert.All(values, v => Assert.Contains("données de démonstration", v.Source, StringComparison.Ordinal));
        Assert.Equal((4_400m, 4_100m), (correction.PreviousValue, corrected.Value));
        Assert.StartsWith("Doublons retirés", correction.Reason, StringComparison.Ordinal);
        Assert.Equal(actions.Single(a => a.Title == Formation).Id, corrected.ActionId);
        Assert.All(actions.SelectMany(a => a.Indicators).Where(i => i.LatestValue is not null), indicator =>
        {
            var latest = values.Where(v => v.IndicatorId == indicator.Id).MaxBy(v => v.MeasuredOn)!;
            Assert.Equal((latest.Value, latest.MeasuredOn), (indicator.LatestValue, indicator.LatestMeasuredOn));
        });
        Assert.Equal(6, actions.Count(a => a.Indicators.Single().LatestValue is not null));
    }

    [Fact]
    public async Task ProgressIsDerivedFromIndicatorsWhereThePilotsChoseItAndOneActionIsLateWithAPublicExplanation()
    {
        var actions = (await ActionsAsync()).ToDictionary(a => a.Title);

        Assert.Equal(
            [(Fibre, 83), (Demarches, 41), (Communes, 69)],
            actions.Values.Where(a => a.ProgressRule == ProgressRule.FromIndicators).Select(a => (a.Title, a.ProgressPercent)).Order());
        var late = Assert.Single(actions.Values, a => a.Difficulty != ActionDifficulty.None);
        Assert.Equal((Fibre, ActionDifficulty.Late), (late.Title, late.Difficulty));
        Assert.Contains("Diois", late.DifficultyExplanation, StringComparison.Ordinal);
        Assert.Equal(100, actions[TiersLieux].ProgressPercent);
        Assert.Equal([3, 3, 3], actions.Values.Where(a => a.BudgetYears.Count > 0).Select(a => a.BudgetYears.Count));
    }

    [Fact]
    public async Task SevenPointsDEtapeMoveTheirActionsAndTheLastOneMarksTheTiersLieuxDone()
    {
        var actions = (await ActionsAsync()).ToDictionary(a => a.Id);
        var updates = await _database.QueryAsync(db => db.Updates.OrderBy(u => u.OccurredOn).ToListAsync());

        Assert.Equal(7, updates.Count);
        Assert.Equal(
            [(Formation, 2), (Fibre, 2), (TiersLieux, 3)],
            updates.GroupBy(u => actions[u.ActionId].Title).Select(g => (Title: g.Key, Count: g.Count())).OrderBy(g => g.Count).ThenBy(g => g.Title, StringComparer.Ordinal));
        Assert.All(updates, u => Assert.True(u.PostedAt.UtcDateTime.Date > u.OccurredOn.ToDateTime(TimeOnly.MinValue)));
        var done = Assert.Single(updates, u => u.StatusAfter == ActionStatus.Done);
        Assert.Equal((TiersLieux, 100), (actions[done.ActionId].Title, done.ProgressAfter));
        Assert.Equal(ActionStatus.Done, actions[done.ActionId].Status);
    }

    private Task<List<RoadmapAction>> ActionsAsync() =>
        _database.QueryAsync(db => db.Actions.Where(a => db.Roadmaps.Any(r => r.Id == a.RoadmapId && r.Slug == Drome)).ToListAsync());
}
