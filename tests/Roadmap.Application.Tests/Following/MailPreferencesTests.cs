using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Following.MailPreferences;
using Roadmap.Application.Following.Unsubscribe;

namespace Roadmap.Application.Tests.Following;

public sealed class MailPreferencesTests : MailNotificationTest
{
    [Fact]
    public async Task EveryTopicIsADailyDigestUntilChosen()
    {
        Host.User.SignIn(Camille, null, RoleNames.Citizen);

        var choices = await Host.SendAsync(new GetMailPreferences());

        Assert.Equal(Enum.GetValues<MailTopic>(), choices.Select(c => c.Topic));
        Assert.All(choices, c => Assert.Equal(MailFrequency.Daily, c.Frequency));
    }

    [Fact]
    public async Task SavedChoicesAreMineOnly()
    {
        var dominique = await ConfirmedUserAsync("Dominique");
        Host.User.SignIn(Camille, null, RoleNames.Citizen);

        await Host.SendAsync(new SetMailPreferences([new(MailTopic.Comments, MailFrequency.Immediately), new(MailTopic.Roles, MailFrequency.Never)]));
        await Host.SendAsync(new SetMailPreferences([new(MailTopic.Roles, MailFrequency.Weekly)]));

        var mine = await Host.SendAsync(new GetMailPreferences());
        Assert.Equal(MailFrequency.Immediately, mine.Single(c => c.Topic == MailTopic.Comments).Frequency);
        Assert.Equal(MailFrequency.Weekly, mine.Single(c => c.Topic == MailTopic.Roles).Frequency);
        Assert.False(await Host.WithDbAsync(db => db.MailPreferences.AnyAsync(p => p.UserId == dominique)));
    }

    [Fact]
    public async Task AnonymousVisitorHasNoPreferences()
    {
        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new GetMailPreferences()));
        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new SetMailPreferences([new(MailTopic.Comments, MailFrequency.Never)])));
    }

    [Fact]
    public async Task AnUnknownFrequencyIsRefused()
    {
        Host.User.SignIn(Camille, null, RoleNames.Citizen);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Host.SendAsync(new SetMailPreferences([new(MailTopic.Comments, (MailFrequency)42)])));

        Assert.NotEmpty(error.Errors);
    }

    [Fact]
    public async Task TheImmediateMailsUnsubscribeLinkStopsItsTopicOnlyWithoutASession()
    {
        await ChooseAsync(Camille, MailTopic.Comments, MailFrequency.Immediately);
        await NotifyAsync(Camille, "Dominique a répondu à votre commentaire.");
        await RunAsync();
        var token = TokenOf(Assert.Single(await MailsAsync()));

        var scope = await Host.SendAsync(new Unsubscribe(token));
        await Host.SendAsync(new Unsubscribe(token));

        Assert.Equal(MailTopic.Comments, scope.Topic);
        var saved = await Host.WithDbAsync(db => db.MailPreferences.Where(p => p.UserId == Camille).ToListAsync());
        Assert.Equal(MailFrequency.Never, Assert.Single(saved).Frequency);
    }

    [Fact]
    public async Task TheDigestsUnsubscribeLinkStopsEveryTopic()
    {
        await NotifyAsync(Camille, "Dominique a répondu à votre commentaire.");
        MoveTo(day: 11, hour: 7);
        await RunAsync();

        await Host.SendAsync(new Unsubscribe(TokenOf(Assert.Single(await MailsAsync()))));

        var saved = await Host.WithDbAsync(db => db.MailPreferences.Where(p => p.UserId == Camille).Select(p => p.Frequency).ToListAsync());
        Assert.Equal(Enum.GetValues<MailTopic>().Length, saved.Count);
        Assert.All(saved, f => Assert.Equal(MailFrequency.Never, f));
    }

    [Fact]
    public async Task DescribingALinkChangesNothing()
    {
        await ChooseAsync(Camille, MailTopic.Comments, MailFrequency.Immediately);
        await NotifyAsync(Camille, "Dominique a répondu à votre commentaire.");
        await RunAsync();

        var scope = await Host.SendAsync(new DescribeUnsubscribe(TokenOf(Assert.Single(await MailsAsync()))));

        Assert.Contains("Commentaires et réponses sur ce que je suis", scope.What);
        Assert.Equal(MailFrequency.Immediately, await Host.WithDbAsync(db => db.MailPreferences.Select(p => p.Frequency).SingleAsync()));
    }

    [Theory]
    [InlineData("pas-un-jeton")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAA")]
    public async Task AForgedLinkIsNotFound(string token) =>
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new Unsubscribe(token)));

    private static string TokenOf(OutboxMail mail) => Uri.UnescapeDataString(mail.UnsubscribeUrl!.Split('/').Last());
}
