using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Mail;

namespace Roadmap.Application.Tests.Following;

public sealed class MailDigestTests : MailNotificationTest
{
    [Fact]
    public async Task DailyDigestWaitsForSevenOClockParisTime()
    {
        await NotifyAsync(Camille, "Dominique a répondu à votre commentaire.");
        Assert.Equal(0, await RunAsync());

        MoveTo(day: 11, hour: 6, minute: 59);
        Assert.Equal(0, await RunAsync());

        MoveTo(day: 11, hour: 7, minute: 1);
        Assert.Equal(1, await RunAsync());
        var digest = Assert.Single(await MailsAsync());
        Assert.Equal(MailKind.Digest, digest.Kind);
        Assert.Equal($"digest:daily:{Camille}:2026-03-11", digest.DedupeKey);
        Assert.Equal("Votre résumé du jour : 1 nouveauté", digest.Subject);
    }

    [Fact]
    public async Task DailyDigestHoldsEveryPendingNotificationOnceAndLeavesOncePerDay()
    {
        var first = await NotifyAsync(Camille, "Dominique a répondu à votre commentaire.");
        await NotifyAsync(Camille, "L'action est retenue.", NotificationKind.StatusChanged);
        MoveTo(day: 11, hour: 8);
        await RunAsync();
        await NotifyAsync(Camille, "Alix a répondu à votre commentaire.");

        Assert.Equal(0, await RunAsync());

        var digest = Assert.Single(await MailsAsync());
        Assert.Contains("Dominique a répondu", digest.TextBody);
        Assert.Contains("L&#39;action est retenue.", digest.HtmlBody);
        Assert.DoesNotContain("Alix", digest.TextBody);
        Assert.Equal(NotificationMailState.Mailed, await StateOfAsync(first.Id));
    }

    [Fact]
    public async Task ANotificationWrittenAfterTheDigestLeavesTheNextMorning()
    {
        MoveTo(day: 11, hour: 8);
        var late = await NotifyAsync(Camille, "Alix a répondu à votre commentaire.");
        Assert.Equal(0, await RunAsync());

        MoveTo(day: 12, hour: 7);
        Assert.Equal(1, await RunAsync());
        Assert.Equal($"digest:daily:{Camille}:2026-03-12", Assert.Single(await MailsAsync()).DedupeKey);
        Assert.Equal(NotificationMailState.Mailed, await StateOfAsync(late.Id));
    }

    [Fact]
    public async Task DigestGroupsNotificationsByRoadmapWithTheOthersLast()
    {
        var sarthe = await RoadmapAsync("Sarthe numérique");
        var mobilites = await RoadmapAsync("Mobilités douces");
        await NotifyAsync(Camille, "Sans feuille de route.", NotificationKind.StandingDecided);
        await NotifyAsync(Camille, "Sur la Sarthe.", roadmapId: sarthe);
        await NotifyAsync(Camille, "Sur les mobilités.", roadmapId: mobilites);
        MoveTo(day: 11, hour: 7);
        await RunAsync();

        var text = Assert.Single(await MailsAsync()).TextBody;
        var order = new[] { "MOBILITÉS DOUCES", "Sur les mobilités.", "SARTHE NUMÉRIQUE", "Sur la Sarthe.", "AUTRES", "Sans feuille de route." }
            .Select(part => text.IndexOf(part, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public async Task NotificationsReadOnTheSiteAreNotInTheDigest()
    {
        var read = await NotifyAsync(Camille, "Déjà lue.", read: true);
        MoveTo(day: 11, hour: 7);

        Assert.Equal(0, await RunAsync());
        Assert.Empty(await MailsAsync());
        Assert.Equal(NotificationMailState.NotMailed, await StateOfAsync(read.Id));
    }

    [Fact]
    public async Task WeeklyDigestLeavesOnMondayMorningOnly()
    {
        await ChooseAsync(Camille, MailTopic.Comments, MailFrequency.Weekly);
        await NotifyAsync(Camille, "Dominique a répondu à votre commentaire.");

        MoveTo(day: 11, hour: 7);
        Assert.Equal(0, await RunAsync());
        MoveTo(day: 16, hour: 6, minute: 59);
        Assert.Equal(0, await RunAsync());

        MoveTo(day: 16, hour: 7);
        Assert.Equal(1, await RunAsync());
        var digest = Assert.Single(await MailsAsync());
        Assert.Equal($"digest:weekly:{Camille}:2026-03-16", digest.DedupeKey);
        Assert.StartsWith("Votre résumé de la semaine", digest.Subject);
    }

    [Fact]
    public async Task TwoNodesRunningAtOnceWriteOneDigest()
    {
        await NotifyAsync(Camille, "Dominique a répondu à votre commentaire.");
        await NotifyAsync(Camille, "Alix a répondu à votre commentaire.");
        MoveTo(day: 11, hour: 7);

        var written = await Task.WhenAll(RunAsync(), RunAsync());

        Assert.Equal(1, written.Sum());
        Assert.Single(await MailsAsync());
    }

    [Fact]
    public async Task DigestUnsubscribeLinkStopsEveryTopic()
    {
        await NotifyAsync(Camille, "Dominique a répondu à votre commentaire.");
        MoveTo(day: 11, hour: 7);
        await RunAsync();

        var digest = Assert.Single(await MailsAsync());
        Assert.Contains(digest.UnsubscribeUrl!, digest.HtmlBody);
        Assert.Contains("https://roadmap.test/notifications", digest.TextBody);
    }
}
