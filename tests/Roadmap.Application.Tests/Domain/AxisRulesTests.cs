using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Domain;

public sealed class AxisRulesTests
{
    private readonly TerritorialRoadmap _roadmap = new RoadmapBuilder().Build();

    private Guid First => _roadmap.Axes.Single(a => a.Title == "Inclusion numérique").Id;

    private Guid Second => _roadmap.Axes.Single(a => a.Title == "Services numériques").Id;

    [Fact]
    public void ReordersEveryAxisInUse()
    {
        _roadmap.ReorderAxes([Second, First]);

        Assert.Equal(["Services numériques", "Inclusion numérique"], _roadmap.Axes.OrderBy(a => a.Position).Select(a => a.Title));
    }

    [Fact]
    public void RefusesAForeignAxisId()
    {
        var other = new RoadmapBuilder().Build();

        var refused = Assert.Throws<DomainRuleException>(() => _roadmap.ReorderAxes([First, other.Axes[0].Id]));

        Assert.Equal(TerritorialRoadmap.ForeignAxis, refused.Message);
        Assert.Equal(1, _roadmap.Axes.Single(a => a.Id == First).Position);
    }

    [Fact]
    public void RefusesADuplicateOrAMissingAxisInFrench()
    {
        Assert.Contains("qu'une fois", Assert.Throws<DomainRuleException>(() => _roadmap.ReorderAxes([First, First])).Message, StringComparison.Ordinal);
        Assert.Contains("chaque axe en cours", Assert.Throws<DomainRuleException>(() => _roadmap.ReorderAxes([First])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnArchivedAxisFollowsTheOthersAndIsLeftOutOfTheOrder()
    {
        _roadmap.ArchiveAxis(First, RoadmapBuilder.Now);

        Assert.Contains("est archivé", _roadmap.PlacementRefusal(First), StringComparison.Ordinal);
        Assert.Null(_roadmap.PlacementRefusal(Second));
        Assert.True(_roadmap.HasAxis(First));
        Assert.Equal(2, _roadmap.Axes.Single(a => a.Id == First).Position);
        _roadmap.ReorderAxes([Second]);
        Assert.Throws<DomainRuleException>(() => _roadmap.ReorderAxes([Second, First]));
        Assert.Throws<DomainRuleException>(() => _roadmap.ArchiveAxis(First, RoadmapBuilder.Now));
    }

    [Fact]
    public void RemovingAnAxisClosesRanks()
    {
        _roadmap.RemoveAxis(First);

        Assert.Equal(1, Assert.Single(_roadmap.Axes).Position);
    }

    [Fact]
    public void EditReplacesTheOrderedObjectives()
    {
        var axis = _roadmap.EditAxis(First, "  Inclusion  ", "", ["Former", "Équiper"]);

        Assert.Equal("Inclusion", axis.Title);
        Assert.Equal([(1, "Former"), (2, "Équiper")], axis.Objectives.Select(o => (o.Position, o.Text)));
    }

    [Fact]
    public void ObjectivesKeepTheirLimits()
    {
        Assert.Throws<DomainRuleException>(() => _roadmap.EditAxis(First, "Inclusion", "", [new string('a', StrategicAxis.ObjectiveMaxLength + 1)]));
        Assert.Throws<DomainRuleException>(() => _roadmap.EditAxis(First, "Inclusion", "", ["  "]));
        Assert.Throws<DomainRuleException>(() => _roadmap.EditAxis(First, "Inclusion", "", [.. Enumerable.Repeat("Former", StrategicAxis.MaxObjectives + 1)]));
        Assert.Equal("Former 2 000 personnes par an", Assert.Single(_roadmap.Axes.Single(a => a.Id == First).Objectives).Text);
    }

    [Fact]
    public void TwoAxesNeverShareATitle()
    {
        Assert.Throws<DomainRuleException>(() => _roadmap.AddAxis("inclusion numérique", "", []));
        Assert.Throws<DomainRuleException>(() => _roadmap.EditAxis(Second, "Inclusion numérique", "", []));
    }
}
