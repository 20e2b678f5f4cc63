using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Mail;

namespace Roadmap.Application.Tests.Following;

public sealed class MailNotificationsTests : MailNotificationTest
{
    [Fact]
    public async Task ImmediateChoiceMailsEachNotificationAtTheNextRound()
    {
        await ChooseAsync(Camille, MailTopic.Comments, MailFrequency.Immediately);
        var first = await NotifyAsync(Camille, "Dominique a répondu à votre commentaire.");
        var second = await NotifyAsync(Camille, "Alix a répondu à votre commentaire.");

        Assert.Equal(2, await RunAsync());

        var mails = await MailsAsync();
        Assert.All(mails, m => Assert.Equal(MailKind.Notification, m.Kind));
        Assert.Equal(["Alix a répondu à votre commentaire.", "Dominique a répondu à votre commentaire."], mails.Select(m => m.Subject));
        Assert.Equal([$"notification:{second.Id}", $"notification:{first.Id}"], mails.Select(m => m.DedupeKey));
        Assert.Equal(NotificationMailState.Mailed, await StateOfAsync(first.Id));
    }

    [Fact]
    public async Task ASecondRoundMailsNothingMore()
    {
        await ChooseAsync(Camille, MailTopic.Comments, MailFrequency.Immediately);
        await NotifyAsync(Camille, "Dominique a répondu à votre commentaire.");
        await RunAsync();

        Assert.Equal(0, await RunAsync());
        Assert.Single(await MailsAsync());
    }

    [Fact]
    public async Task ImmediateMailLinksToTheSiteThePreferencesAndTheUnsubscribePage()
    {
        await ChooseAsync(Camille, MailTopic.Comments, MailFrequency.Immediately);
        await NotifyAsync(Camille, "Dominique a répondu à votre commentaire.");
        await RunAsync();

        var mail = Assert.Single(await MailsAsync());
        Assert.StartsWith("https://roadmap.test/courriels/desabonnement/", mail.UnsubscribeUrl);
        Assert.Contains("https://roadmap.test/feuilles-de-route/sarthe", mail.HtmlBody);
        Assert.Contains("https://roadmap.test/compte/courriels", mail.TextBody);
        Assert.Contains("Bonjour Camille,", mail.TextBody);
    }

    [Fact]
    public async Task NeverChoiceMailsNothingAndLetsTheNotificationGo()
    {
        await ChooseAsync(Camille, MailTopic.Comments, MailFrequency.Never);
        var notification = await NotifyAsync(Camille, "Dominique a répondu à votre commentaire.");
        MoveTo(day: 11, hour: 8);

        Assert.Equal(0, await RunAsync());
        Assert.Equal(NotificationMailState.NotMailed, await StateOfAsync(notification.Id));
    }

    [Fact]
    public async Task AnUnconfirmedAddressGetsNoMail()
    {
        var unconfirmed = await Host.NewUserAsync("Sans adresse confirmée");
        await ChooseAsync(unconfirmed, MailTopic.Comments, MailFrequency.Immediately);
        var notification = await NotifyAsync(unconfirmed, "Dominique a répondu à votre commentaire.");

        Assert.Equal(0, await RunAsync());
        Assert.Equal(NotificationMailState.NotMailed, await StateOfAsync(notification.Id));
    }

    [Fact]
    public async Task OtherTopicsKeepTheirOwnFrequency()
    {
        await ChooseAsync(Camille, MailTopic.Comments, MailFrequency.Immediately);
        var status = await NotifyAsync(Camille, "L'action est retenue.", NotificationKind.StatusChanged);

        Assert.Equal(0, await RunAsync());
        Assert.Equal(NotificationMailState.Pending, await StateOfAsync(status.Id));
    }

    [Fact]
    public async Task HeaderAndHtmlCannotBeInjectedThroughATitle()
    {
        await ChooseAsync(Camille, MailTopic.Comments, MailFrequency.Immediately);
        await NotifyAsync(Camille, "Dominique a commenté « Titre\r\nBcc: x@evil.test <script>alert(1)</script> ».");
        await RunAsync();

        var mail = Assert.Single(await MailsAsync());
        Assert.DoesNotContain('\n', mail.Subject);
        Assert.DoesNotContain('\r', mail.Subject);
        Assert.DoesNotContain("<script>", mail.HtmlBody);
        Assert.Contains("&lt;script&gt;", mail.HtmlBody);
    }

    [Fact]
    public async Task TwoNodesRunningAtOnceMailEachNotificationOnce()
    {
        await ChooseAsync(Camille, MailTopic.Comments, MailFrequency.Immediately);
        await NotifyAsync(Camille, "Dominique a répondu à votre commentaire.");

        var written = await Task.WhenAll(RunAsync(), RunAsync());

        Assert.Equal(1, written.Sum());
        Assert.Single(await MailsAsync());
    }
}
