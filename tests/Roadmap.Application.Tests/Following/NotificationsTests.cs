using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Following.CountUnread;
using Roadmap.Application.Following.ListNotifications;
using Roadmap.Application.Following.MarkNotificationsRead;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Following;

public sealed class NotificationsTests : ApplicationTest
{
    private Guid _me;
    private Guid _someoneElse;

    protected override async Task ArrangeAsync()
    {
        _me = await Host.NewUserAsync("Camille");
        _someoneElse = await Host.NewUserAsync("Dominique");
        Host.User.SignIn(_me, null, RoleNames.Citizen);
    }

    [Fact]
    public async Task ListsOnlyMyNotificationsNewestFirst()
    {
        await NotifyAsync(_me, "Ancienne", minutesAgo: 10);
        await NotifyAsync(_someoneElse, "Pas pour moi", minutesAgo: 5);
        await NotifyAsync(_me, "Récente", minutesAgo: 1);

        var page = await Host.SendAsync(new ListNotifications());

        Assert.Equal(["Récente", "Ancienne"], page.Items.Select(n => n.Text));
    }

    [Fact]
    public async Task PagesHoldTwentyNotifications()
    {
        for (var i = 0; i < ListNotifications.PageSize + 5; i++)
        {
            await NotifyAsync(_me, $"Notification {i}", minutesAgo: i);
        }

        var second = await Host.SendAsync(new ListNotifications(Page: 2));

        Assert.Equal(5, second.Items.Count);
        Assert.Equal(25, second.TotalCount);
        Assert.False(second.HasNext);
        Assert.True(second.HasPrevious);
    }

    [Fact]
    public async Task PageZeroIsInvalid()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new ListNotifications(Page: 0)));

        Assert.Contains(nameof(ListNotifications.Page), error.Errors.Keys);
    }

    [Fact]
    public async Task CountsOnlyMyUnreadNotifications()
    {
        await NotifyAsync(_me, "Non lue");
        await NotifyAsync(_me, "Lue", read: true);
        await NotifyAsync(_someoneElse, "Pas pour moi");

        Assert.Equal(1, await Host.SendAsync(new CountUnread()));
    }

    [Fact]
    public async Task AnonymousVisitorHasNoCount()
    {
        Host.User.SignOut();

        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new CountUnread()));
    }

    [Fact]
    public async Task MarkingOneReadLeavesTheOthersUnread()
    {
        var first = await NotifyAsync(_me, "Première");
        await NotifyAsync(_me, "Seconde");

        var marked = await Host.SendAsync(new MarkNotificationsRead(first));

        Assert.Equal(1, marked);
        Assert.Equal(1, await Host.SendAsync(new CountUnread()));
    }

    [Fact]
    public async Task MarkingAllReadLeavesOtherPeoplesUnread()
    {
        await NotifyAsync(_me, "Première");
        await NotifyAsync(_me, "Seconde");
        await NotifyAsync(_someoneElse, "Pas pour moi");

        var marked = await Host.SendAsync(new MarkNotificationsRead());

        Assert.Equal(2, marked);
        Assert.Equal(1, await Host.WithDbAsync(db => db.Notifications.CountAsync(n => n.ReadAt == null)));
    }

    [Fact]
    public async Task AnotherUsersNotificationIsNotFound()
    {
        var theirs = await NotifyAsync(_someoneElse, "Pas pour moi");

        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new MarkNotificationsRead(theirs)));
    }

    [Fact]
    public async Task ListShowsWhichAreRead()
    {
        await NotifyAsync(_me, "Lue", read: true, minutesAgo: 2);
        await NotifyAsync(_me, "Non lue", minutesAgo: 1);

        var page = await Host.SendAsync(new ListNotifications());

        Assert.Equal([false, true], page.Items.Select(n => n.IsRead));
        Assert.Equal(1, page.UnreadCount);
    }

    private async Task<Guid> NotifyAsync(Guid userId, string text, bool read = false, int minutesAgo = 0)
    {
        var at = RoadmapBuilder.Now.AddMinutes(-minutesAgo);
        var notification = Notification.Create(userId, NotificationKind.NewComment, text, "/feuilles-de-route/sarthe", at);
        if (read)
        {
            notification.MarkRead(at);
        }

        await Host.SaveAsync(notification);
        return notification.Id;
    }
}
