using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Mail.ListOutboxMails;
using Roadmap.Application.Mail.RetryFailedMails;
using Roadmap.Application.Mail.RetryOutboxMail;
using Roadmap.Application.Tests.Administration;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Mail;

public sealed class OutboxAdministrationTests() : ApplicationTest(frozenClock: true)
{
    private DateTimeOffset Now => Host.Clock.Now;

    protected override async Task ArrangeAsync()
    {
        var admin = await Host.NewAccountAsync("Alex Admin", null, RoleNames.Administrator);
        Host.SignInAs(admin, RoleNames.Administrator);
    }

    [Fact]
    public async Task CountsPendingSentInTheLastDayAndFailedMails()
    {
        await Host.SaveAsync(OutboxMails.Pending(Now), OutboxMails.Retrying(Now), OutboxMails.Failed(Now), OutboxMails.Sent(Now.AddHours(-2)), OutboxMails.Sent(Now.AddDays(-2)));

        var page = await Host.SendAsync(new ListOutboxMails());

        Assert.Equal(new OutboxCounts(Pending: 2, SentLastDay: 1, Failed: 1), page.Counts);
    }

    [Fact]
    public async Task ListsTheFailedMailsWithTheirKindInFrenchAndLastError()
    {
        await Host.SaveAsync(OutboxMails.Failed(Now, "Réinitialiser"), OutboxMails.Retrying(Now), OutboxMails.Sent(Now));

        var page = await Host.SendAsync(new ListOutboxMails(OutboxMailState.Failed));

        var mail = Assert.Single(page.Items);
        Assert.Equal("Réinitialiser", mail.Subject);
        Assert.Equal("Confirmation d'adresse", mail.KindLabel);
        Assert.Equal(OutboxMail.MaxAttempts, mail.Attempts);
        Assert.Contains("Mailbox unavailable", mail.LastError);
        Assert.NotNull(mail.FailedAt);
    }

    [Fact]
    public async Task PendingListsOnlyTheMailsThatFailedAtLeastOnce()
    {
        await Host.SaveAsync(OutboxMails.Pending(Now, "Pas encore essayé"), OutboxMails.Retrying(Now, "Réessayé"), OutboxMails.Failed(Now));

        var page = await Host.SendAsync(new ListOutboxMails(OutboxMailState.Pending));

        Assert.Equal("Réessayé", Assert.Single(page.Items).Subject);
        Assert.Equal(1, page.TotalCount);
    }

    [Fact]
    public async Task PagesTheFailedMailsNewestFirst()
    {
        var mails = Enumerable.Range(0, ListOutboxMails.PageSize + 3).Select(i => OutboxMails.Failed(Now.AddMinutes(i), $"Courriel {i}")).ToArray();
        await Host.SaveAsync(mails);

        var first = await Host.SendAsync(new ListOutboxMails(OutboxMailState.Failed, 1));
        var second = await Host.SendAsync(new ListOutboxMails(OutboxMailState.Failed, 2));

        Assert.Equal($"Courriel {ListOutboxMails.PageSize + 2}", first.Items[0].Subject);
        Assert.True(first.HasNext);
        Assert.Equal(["Courriel 2", "Courriel 1", "Courriel 0"], second.Items.Select(m => m.Subject));
        Assert.False(second.HasNext);
    }

    [Fact]
    public async Task RetryingAFailedMailStartsAFreshRoundNowAndIsJournaled()
    {
        var failed = OutboxMails.Failed(Now.AddHours(-20));
        await Host.SaveAsync(failed);

        var retried = await Host.SendAsync(new RetryOutboxMail(failed.Id));

        Assert.Equal(failed.Id, retried.Id);
        var mail = await Host.WithDbAsync(db => db.OutboxMails.SingleAsync(m => m.Id == failed.Id));
        Assert.True(mail.IsPending);
        Assert.Equal(0, mail.Attempts);
        Assert.Equal(Now, mail.NextAttemptAt);
        var entry = await Host.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == "mail.retried"));
        Assert.Equal("Alex Admin", entry.ActorName);
        Assert.Contains("camille@exemple.fr", entry.Subject);
    }

    [Fact]
    public async Task RetryingASentMailIsRefusedInFrench()
    {
        var sent = OutboxMails.Sent(Now);
        await Host.SaveAsync(sent);

        var error = await Assert.ThrowsAsync<ConflictException>(() => Host.SendAsync(new RetryOutboxMail(sent.Id)));

        Assert.Equal("Ce courriel est déjà parti : il n'y a rien à renvoyer.", error.Message);
    }

    [Fact]
    public async Task RetryingAMailStillTryingIsRefused()
    {
        var retrying = OutboxMails.Retrying(Now);
        await Host.SaveAsync(retrying);

        await Assert.ThrowsAsync<ConflictException>(() => Host.SendAsync(new RetryOutboxMail(retrying.Id)));
    }

    [Fact]
    public async Task RetryingAnUnknownMailIsNotFound()
    {
        var error = await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new RetryOutboxMail(Guid.NewGuid())));

        Assert.StartsWith("Le courriel", error.Message);
    }

    [Fact]
    public async Task RetryingAllBringsBackEveryFailedMailOnlyAndIsJournaledOnce()
    {
        await Host.SaveAsync(OutboxMails.Failed(Now), OutboxMails.Failed(Now), OutboxMails.Sent(Now), OutboxMails.Retrying(Now));

        var retried = await Host.SendAsync(new RetryFailedMails());

        Assert.Equal(2, retried);
        Assert.Equal(0, await Host.WithDbAsync(db => db.OutboxMails.CountAsync(m => m.FailedAt != null)));
        Assert.Equal(1, await Host.WithDbAsync(db => db.OutboxMails.CountAsync(m => m.SentAt != null)));
        Assert.Equal(1, await Host.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "mail.retried-all")));
    }

    [Fact]
    public async Task RetryingAllWithNothingFailedChangesNothing()
    {
        Assert.Equal(0, await Host.SendAsync(new RetryFailedMails()));
        Assert.Equal(0, await Host.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "mail.retried-all")));
    }

    [Theory]
    [InlineData(RoleNames.Citizen)]
    [InlineData(RoleNames.Facilitator)]
    [InlineData(RoleNames.ElectedOfficial)]
    public async Task OnlyAnAdministratorSeesOrRetriesTheOutbox(string role)
    {
        var failed = OutboxMails.Failed(Now);
        await Host.SaveAsync(failed);
        Host.User.SignIn(Guid.NewGuid(), null, role);

        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(new ListOutboxMails()));
        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(new RetryOutboxMail(failed.Id)));
        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(new RetryFailedMails()));
    }

    [Fact]
    public async Task AnonymousIsAskedToSignIn()
    {
        Host.User.SignOut();

        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new ListOutboxMails()));
        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new RetryFailedMails()));
    }
}
