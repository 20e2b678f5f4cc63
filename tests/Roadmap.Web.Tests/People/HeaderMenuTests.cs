using Bunit;
using MediatR;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Account.GetMyMenu;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Web.Components.Pages.Mediation;
using Roadmap.Web.Components.Pages.Roadmaps.Team;
using Roadmap.Web.Components.Shared;
using Roadmap.Web.Infrastructure;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.People;

/// <summary>The header's entries of a signed-in page: the same links as before, from one request for the whole menu.</summary>
public sealed class HeaderMenuTests : BunitContext
{
    private readonly FakeMediator _mediator = new();

    public HeaderMenuTests()
    {
        Services.AddSingleton<IMediator>(_mediator);
        Services.AddScoped<RequestMenu>();
    }

    [Fact]
    public void ATeamMemberGetsModerationAndTheirTeamPages()
    {
        _mediator.On<GetMyMenu>(new MyMenu([new MyTeam("sarthe", "Sarthe numérique", TeamRole.Facilitator)], MayModerate: true, IsMediator: false, Unread: 0));

        var links = Render<TeamMenuLinks>().FindAll("a");

        Assert.Equal(["/moderation", TeamPage.Link("sarthe")], links.Select(a => a.GetAttribute("href")));
        Assert.Equal("Équipe de la feuille de route « Sarthe numérique »", links[1].TextContent);
    }

    [Fact]
    public void AParticipantGetsNoStaffNorMediationEntry()
    {
        _mediator.On<GetMyMenu>(MyMenu.SignedOut);

        Assert.Empty(Render<TeamMenuLinks>().FindAll("li"));
        Assert.Empty(Render<MediationMenuLink>().FindAll("li"));
    }

    [Fact]
    public void AMediatorGetsTheMediationEntry()
    {
        _mediator.On<GetMyMenu>(MyMenu.SignedOut with { IsMediator = true });

        Assert.Equal(MediationLinks.Record, Render<MediationMenuLink>().Find("a").GetAttribute("href"));
    }

    [Fact]
    public void TheWholeHeaderSendsOneRequest()
    {
        _mediator.On<GetMyMenu>(new MyMenu([new MyTeam("sarthe", "Sarthe numérique", TeamRole.Manager)], MayModerate: true, IsMediator: true, Unread: 2));

        Render<TeamMenuLinks>();
        Render<MediationMenuLink>();
        var bell = Render<NotificationBell>();

        Assert.Single(_mediator.Sent);
        Assert.Equal("Notifications (2 non lues)", bell.Find("a").TextContent);
    }
}
