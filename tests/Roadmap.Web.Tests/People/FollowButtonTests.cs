using Bunit;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Following;
using Roadmap.Application.Following.GetFollowState;
using Roadmap.Web.Components.Shared;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.People;

public sealed class FollowButtonTests : BunitContext
{
    private readonly Guid _actionId = Guid.NewGuid();

    [Fact]
    public void OffersToFollowAnActionNotYetFollowed()
    {
        var cut = RenderForAction(following: false);

        var form = cut.Find("form");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("Suivre cette action", form.QuerySelector("button[type=submit]")!.TextContent);
    }

    [Fact]
    public void OffersToStopFollowingAFollowedAction()
    {
        var cut = RenderForAction(following: true);

        Assert.Equal("Ne plus suivre cette action", cut.Find("button[type=submit]").TextContent);
        Assert.Contains("Vous suivez cette action", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void AsksAboutTheActionItWasGiven()
    {
        var mediator = Answering(following: false);
        AddAuthorization().SetAuthorized("Camille");

        Render<FollowButton>(p => p.Add(b => b.ActionId, _actionId));

        Assert.Equal(new GetFollowState(FollowedThing.Action(_actionId)), Assert.Single(mediator.Sent));
    }

    [Fact]
    public void NamesTheRoadmapWhenGivenASlug()
    {
        Answering(following: false);
        AddAuthorization().SetAuthorized("Camille");

        var cut = Render<FollowButton>(p => p.Add(b => b.RoadmapSlug, "usages-numeriques-sarthe"));

        Assert.Equal("Suivre cette feuille de route", cut.Find("button[type=submit]").TextContent);
    }

    [Fact]
    public void ShowsNothingToAnonymousVisitors()
    {
        var mediator = Answering(following: false);
        AddAuthorization();

        var cut = Render<FollowButton>(p => p.Add(b => b.ActionId, _actionId));

        Assert.Empty(cut.FindAll("form"));
        Assert.Empty(mediator.Sent);
    }

    private IRenderedComponent<FollowButton> RenderForAction(bool following)
    {
        Answering(following);
        AddAuthorization().SetAuthorized("Camille");
        return Render<FollowButton>(p => p.Add(b => b.ActionId, _actionId));
    }

    private FakeMediator Answering(bool following)
    {
        var mediator = new FakeMediator().On<GetFollowState>(following);
        Services.AddSingleton<IMediator>(mediator);
        return mediator;
    }
}
