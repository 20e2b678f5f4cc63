using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions.ActionForm;
using Roadmap.Application.Actions.EditAction;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Actions;

public sealed class EditActionTests : IAsyncLifetime
{
    private readonly RoadmapBuilder _builder = new();
    private ApplicationHost _host = default!;
    private TerritorialRoadmap _roadmap = default!;
    private RoadmapAction _action = default!;
    private Guid _proposerId;

    public async Task InitializeAsync()
    {
        _host = await ApplicationHost.StartAsync();
        _roadmap = _builder.Build();
        _proposerId = await _host.NewUserAsync("Médiateur numérique");
        _action = Drafts.Proposed(_roadmap, _proposerId);
        await _host.SaveAsync(_builder.Owner, _roadmap, _action);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task TheProposerRewritesTheirAction()
    {
        _host.User.SignIn(_proposerId, null, RoleNames.Actor);

        await _host.SendAsync(Edit() with { Title = "Des conseillers numériques dans chaque EPCI", AxisId = _roadmap.Axes[1].Id });

        var action = await FindAsync();
        Assert.Equal("Des conseillers numériques dans chaque EPCI", action.Title);
        Assert.Equal(_roadmap.Axes[1].Id, action.AxisId);
    }

    [Fact]
    public async Task ReplacesTheIndicators()
    {
        _host.User.SignIn(_proposerId, null, RoleNames.Actor);

        await _host.SendAsync(Edit() with { Indicators = [new IndicatorInput("Communes couvertes", "communes", 10, 354, null)] });

        Assert.Equal("Communes couvertes", Assert.Single((await FindAsync()).Indicators).Name);
    }

    [Fact]
    public async Task AnotherUserMayNotEditIt()
    {
        _host.User.SignIn(await _host.NewUserAsync(), null, RoleNames.Actor);

        await Assert.ThrowsAsync<ForbiddenException>(() => _host.SendAsync(Edit()));
    }

    [Fact]
    public async Task StaffMayNotEditSomeoneElsesAction()
    {
        _host.User.SignIn(await _host.NewUserAsync(), null, RoleNames.Administrator);

        await Assert.ThrowsAsync<ForbiddenException>(() => _host.SendAsync(Edit()));
    }

    [Fact]
    public async Task AnonymousVisitorsMustSignIn()
    {
        await Assert.ThrowsAsync<UnauthenticatedException>(() => _host.SendAsync(Edit()));
    }

    [Fact]
    public async Task CannotBeEditedOnceReviewed()
    {
        await _host.WithDbAsync(async db =>
        {
            (await db.Actions.SingleAsync(a => a.Id == _action.Id)).StartReview(_proposerId, "", RoadmapBuilder.Now);
            return await db.SaveChangesAsync();
        });
        _host.User.SignIn(_proposerId, null, RoleNames.Actor);

        await Assert.ThrowsAsync<DomainRuleException>(() => _host.SendAsync(Edit()));
    }

    [Fact]
    public async Task RejectsAnEmptyTitle()
    {
        _host.User.SignIn(_proposerId, null, RoleNames.Actor);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => _host.SendAsync(Edit() with { Title = "" }));

        Assert.Equal(["Title"], error.Errors.Keys);
    }

    [Fact]
    public async Task AnUnknownActionIsNotFound()
    {
        _host.User.SignIn(_proposerId, null, RoleNames.Actor);

        await Assert.ThrowsAsync<NotFoundException>(() => _host.SendAsync(Edit() with { ActionId = Guid.NewGuid() }));
    }

    [Fact]
    public async Task TheEditFormStartsFromTheCurrentContent()
    {
        _host.User.SignIn(_proposerId, null, RoleNames.Actor);

        var editable = await _host.SendAsync(new GetActionForEdit(_roadmap.Slug, _action.Id));

        Assert.Equal(_action.Title, editable.Current.Title);
        Assert.Equal(120_000m, editable.Current.EstimatedBudget);
        Assert.True(editable.MayEdit);
    }

    [Fact]
    public async Task TheEditFormExplainsWhyAnotherUserMayNotEdit()
    {
        _host.User.SignIn(await _host.NewUserAsync(), null, RoleNames.Actor);

        var editable = await _host.SendAsync(new GetActionForEdit(_roadmap.Slug, _action.Id));

        Assert.Equal("Seule la personne qui a proposé l'action peut la modifier.", editable.Refusal);
    }

    private EditAction Edit() => new()
    {
        ActionId = _action.Id,
        AxisId = _roadmap.Axes[0].Id,
        Title = _action.Title,
        Summary = _action.Summary,
        Description = _action.Description,
        Indicators = [new IndicatorInput("Personnes accompagnées", "personnes", 0, 2_000, null)],
    };

    private Task<RoadmapAction> FindAsync() => _host.WithDbAsync(db => db.Actions.SingleAsync(a => a.Id == _action.Id));
}
