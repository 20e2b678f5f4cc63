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

public sealed class EditActionTests : ApplicationTest
{
    private readonly RoadmapBuilder _builder = new();
    private TerritorialRoadmap _roadmap = default!;
    private RoadmapAction _action = default!;
    private Guid _proposerId;

    protected override async Task ArrangeAsync()
    {
        _roadmap = _builder.Build();
        _proposerId = await Host.NewUserAsync("Médiateur numérique");
        _action = Drafts.Proposed(_roadmap, _proposerId);
        await Host.SaveAsync(_builder.Owner, _roadmap, _action);
    }

    [Fact]
    public async Task TheProposerRewritesTheirAction()
    {
        Host.User.SignIn(_proposerId, null, RoleNames.Actor);

        await Host.SendAsync(Edit() with { Title = "Des conseillers numériques dans chaque EPCI", AxisId = _roadmap.Axes[1].Id });

        var action = await FindAsync();
        Assert.Equal("Des conseillers numériques dans chaque EPCI", action.Title);
        Assert.Equal(_roadmap.Axes[1].Id, action.AxisId);
    }

    [Fact]
    public async Task ReplacesTheIndicators()
    {
        Host.User.SignIn(_proposerId, null, RoleNames.Actor);

        await Host.SendAsync(Edit() with { Indicators = [new IndicatorInput("Communes couvertes", "communes", 10, 354, null)] });

        Assert.Equal("Communes couvertes", Assert.Single((await FindAsync()).Indicators).Name);
    }

    [Fact]
    public async Task AnotherUserMayNotEditIt()
    {
        Host.User.SignIn(await Host.NewUserAsync(), null, RoleNames.Actor);

        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(Edit()));
    }

    [Fact]
    public async Task StaffMayNotEditSomeoneElsesAction()
    {
        Host.User.SignIn(await Host.NewUserAsync(), null, RoleNames.Administrator);

        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(Edit()));
    }

    [Fact]
    public async Task AnonymousVisitorsMustSignIn()
    {
        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(Edit()));
    }

    [Fact]
    public async Task CannotBeEditedOnceReviewed()
    {
        await Host.WithDbAsync(async db =>
        {
            (await db.Actions.SingleAsync(a => a.Id == _action.Id)).StartReview(_proposerId, "", RoadmapBuilder.Now);
            return await db.SaveChangesAsync();
        });
        Host.User.SignIn(_proposerId, null, RoleNames.Actor);

        await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(Edit()));
    }

    [Fact]
    public async Task RejectsAnEmptyTitle()
    {
        Host.User.SignIn(_proposerId, null, RoleNames.Actor);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(Edit() with { Title = "" }));

        Assert.Equal(["Title"], error.Errors.Keys);
    }

    [Fact]
    public async Task AnUnknownActionIsNotFound()
    {
        Host.User.SignIn(_proposerId, null, RoleNames.Actor);

        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(Edit() with { ActionId = Guid.NewGuid() }));
    }

    [Fact]
    public async Task TheEditFormStartsFromTheCurrentContent()
    {
        Host.User.SignIn(_proposerId, null, RoleNames.Actor);

        var editable = await Host.SendAsync(new GetActionForEdit(_roadmap.Slug, _action.Id));

        Assert.Equal(_action.Title, editable.Current.Title);
        Assert.Equal(120_000m, editable.Current.EstimatedBudget);
        Assert.True(editable.MayEdit);
    }

    [Fact]
    public async Task TheEditFormExplainsWhyAnotherUserMayNotEdit()
    {
        Host.User.SignIn(await Host.NewUserAsync(), null, RoleNames.Actor);

        var editable = await Host.SendAsync(new GetActionForEdit(_roadmap.Slug, _action.Id));

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

    private Task<RoadmapAction> FindAsync() => Host.WithDbAsync(db => db.Actions.SingleAsync(a => a.Id == _action.Id));
}
