using Bunit;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Account.GetMyMenu;
using Roadmap.Web.Components.Shared;
using Roadmap.Web.Infrastructure;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.People;

public sealed class NotificationBellTests : BunitContext
{
    [Fact]
    public void ShowsTheUnreadCountWithAHiddenWordForScreenReaders()
    {
        var cut = RenderWithUnread(3);

        Assert.Equal("Notifications (3 non lues)", cut.Find("a").TextContent);
        Assert.Equal(" non lues", cut.Find("a .visually-hidden").TextContent);
    }

    [Fact]
    public void LinksToTheNotificationsPage()
    {
        var cut = RenderWithUnread(1);

        Assert.Equal("/notifications", cut.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void ShowsNoCountWhenAllAreRead()
    {
        var cut = RenderWithUnread(0);

        Assert.Equal("Notifications", cut.Find("a").TextContent);
    }

    private IRenderedComponent<NotificationBell> RenderWithUnread(int unread)
    {
        Services.AddSingleton<IMediator>(new FakeMediator().On<GetMyMenu>(MyMenu.SignedOut with { Unread = unread }));
        Services.AddScoped<RequestMenu>();
        return Render<NotificationBell>();
    }
}
