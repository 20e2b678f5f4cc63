using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Following.MailNotifications;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Following;

/// <summary>
/// A frozen clock at <see cref="RoadmapBuilder.Now"/> (Tuesday 10 March 2026, 10:00 Paris) and a
/// person with a confirmed address; helpers to write notifications, choose, and run the mail job.
/// </summary>
public abstract class MailNotificationTest() : ApplicationTest(frozenClock: true)
{
    private protected Guid Camille { get; private set; }

    protected override async Task ArrangeAsync() => Camille = await ConfirmedUserAsync("Camille");

    private protected async Task<Guid> ConfirmedUserAsync(string name)
    {
        var id = await Host.NewUserAsync(name);
        await Host.WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == id)).EmailConfirmed = true;
            return await db.SaveChangesAsync();
        });
        return id;
    }

    private protected async Task<Guid> RoadmapAsync(string title)
    {
        var owner = Organisation.Create("Département de la Sarthe", OrganisationKind.Departement, "72");
        var roadmap = TerritorialRoadmap.Create(owner, title, "feuille-" + Guid.NewGuid().ToString("N")[..8], "Une feuille de route.", RoadmapBuilder.Now);
        await Host.SaveAsync(owner, roadmap);
        return roadmap.Id;
    }

    private protected async Task<Notification> NotifyAsync(
        Guid userId, string text, NotificationKind kind = NotificationKind.Reply, Guid? roadmapId = null, bool read = false)
    {
        var notification = Notification.Create(userId, kind, text, "/feuilles-de-route/sarthe", Host.Clock.Now, roadmapId);
        if (read)
        {
            notification.MarkRead(Host.Clock.Now);
        }

        await Host.SaveAsync(notification);
        return notification;
    }

    private protected Task ChooseAsync(Guid userId, MailTopic topic, MailFrequency frequency) =>
        Host.SaveAsync(MailPreference.Choose(userId, topic, frequency, Host.Clock.Now));

    private protected Task<int> RunAsync() => Host.SendAsync(new MailNotifications());

    /// <summary>Moves the clock to a Paris wall-clock time (March 2026: UTC+1).</summary>
    private protected void MoveTo(int day, int hour, int minute = 0) =>
        Host.Clock.Advance(new DateTimeOffset(2026, 3, day, hour, minute, 0, TimeSpan.FromHours(1)) - Host.Clock.Now);

    private protected Task<List<OutboxMail>> MailsAsync() =>
        Host.WithDbAsync(db => db.OutboxMails.AsNoTracking().OrderBy(m => m.Subject).ToListAsync());

    private protected Task<NotificationMailState> StateOfAsync(Guid notificationId) =>
        Host.WithDbAsync(db => db.Notifications.Where(n => n.Id == notificationId).Select(n => n.MailState).SingleAsync());
}
