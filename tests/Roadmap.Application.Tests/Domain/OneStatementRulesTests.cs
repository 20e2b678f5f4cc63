using Roadmap.Application.Actions.ActionForm;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Actions;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Domain;

/// <summary>A rule checked by both the validator and the entity says the same thing in both, because it is stated once.</summary>
public sealed class OneStatementRulesTests : IAsyncLifetime
{
    private readonly RoadmapBuilder _builder = new();
    private ApplicationHost _host = default!;
    private TerritorialRoadmap _roadmap = default!;

    public async Task InitializeAsync()
    {
        _host = await ApplicationHost.StartAsync();
        _roadmap = _builder.Build();
        await _host.SaveAsync(_builder.Owner, _roadmap);
        _host.User.SignIn(await _host.NewUserAsync(), null, RoleNames.Actor);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task TheValidatorRefusesALongTitleWithTheEntitysSentence()
    {
        var tooLong = new string('a', RoadmapAction.TitleMaxLength + 1);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => _host.SendAsync(ActionRequests.Proposal(_roadmap) with { Title = tooLong }));

        Assert.Equal([RoadmapAction.TitleLimit.TooLong], error.Errors["Title"]);
    }

    [Fact]
    public void TheEntityRefusesALongTitleWithTheSameSentence()
    {
        var draft = ActionRequests.Proposal(_roadmap).ToDraft() with { Title = new string('a', RoadmapAction.TitleMaxLength + 1) };

        var error = Assert.Throws<DomainRuleException>(() => RoadmapAction.Propose(_roadmap, draft, Guid.NewGuid(), RoadmapBuilder.Now));

        Assert.Equal("Le titre ne doit pas dépasser 160 caractères.", error.Message);
    }

    [Fact]
    public async Task AnAxisOfAnotherRoadmapIsRefusedWithTheRoadmapsSentence()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => _host.SendAsync(ActionRequests.Proposal(_roadmap) with { AxisId = Guid.NewGuid() }));

        Assert.Equal([TerritorialRoadmap.ForeignAxis], error.Errors[nameof(ActionFields.AxisId)]);
    }

    [Fact]
    public void TheEntityRefusesAnAxisOfAnotherRoadmapWithTheSameSentence()
    {
        var draft = ActionRequests.Proposal(_roadmap).ToDraft() with { AxisId = Guid.NewGuid() };

        var error = Assert.Throws<DomainRuleException>(() => RoadmapAction.Propose(_roadmap, draft, Guid.NewGuid(), RoadmapBuilder.Now));

        Assert.Equal(TerritorialRoadmap.ForeignAxis, error.Message);
    }
}
