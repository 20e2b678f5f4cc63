using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Account.ConfirmAddressChange;
using Roadmap.Application.Account.RequestAddressChange;
using Roadmap.Application.Account.RequestPasswordReset;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Administration;
using Roadmap.Application.Tests.Fixtures;
using static Roadmap.Application.Tests.Account.AccountMailTestSupport;

namespace Roadmap.Application.Tests.Account;

public sealed class PasswordAndAddressMailTests() : ApplicationTest(frozenClock: true)
{
    private const string NewEmail = "nouvelle@exemple.fr";

    [Fact]
    public async Task AResetLinkGoesOnlyToAKnownAddressAndAtMostOnceEveryTwoMinutes()
    {
        var user = await Host.NewAccountAsync("Camille", null, RoleNames.Citizen);

        await Host.SendAsync(new RequestPasswordReset("inconnue@exemple.fr"));
        await Host.SendAsync(new RequestPasswordReset(user.Email!));
        await Host.SendAsync(new RequestPasswordReset($"  {user.Email!.ToUpperInvariant()} "));
        Host.Clock.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
        await Host.SendAsync(new RequestPasswordReset(user.Email!));

        var mails = await Host.MailsAsync(user.Email!, MailKind.PasswordReset);
        Assert.Equal(2, mails.Count);
        Assert.Equal(user.Email, LinkParameter(mails[0], "/compte/reinitialiser", "email"));
        Assert.Empty(await Host.MailsAsync("inconnue@exemple.fr", MailKind.PasswordReset));
    }

    [Fact]
    public async Task TheAddressChangesOnlyWhenTheLinkSentToTheNewOneIsOpened()
    {
        var user = await SignedInAsync();

        await Host.SendAsync(new RequestAddressChange(NewEmail, Accounts.Password));

        Assert.Single(await Host.MailsAsync(user.Email!, MailKind.AddressChangeNotice));
        var link = Assert.Single(await Host.MailsAsync(NewEmail, MailKind.AddressChange));
        Assert.Equal(user.Email, (await FindAsync(user.Id)).Email);
        var code = LinkParameter(link, "/compte/confirmer-nouvelle-adresse", "code");
        Assert.Equal(NewEmail, LinkParameter(link, "/compte/confirmer-nouvelle-adresse", "email"));

        Assert.False(await Host.SendAsync(new ConfirmAddressChange(user.Id, NewEmail, "A" + code)));
        Assert.Equal(user.Email, (await FindAsync(user.Id)).Email);
        Assert.False(await Host.SendAsync(new ConfirmAddressChange(user.Id, "autre@exemple.fr", code)));
        Assert.True(await Host.SendAsync(new ConfirmAddressChange(user.Id, NewEmail, code)));

        var after = await FindAsync(user.Id);
        Assert.Equal((NewEmail, NewEmail, true), (after.Email, after.UserName, after.EmailConfirmed));
        Assert.NotEqual(user.SecurityStamp, after.SecurityStamp);
    }

    [Fact]
    public async Task ATakenAddressGetsANoticeInsteadOfALinkAndNothingChanges()
    {
        var taken = await Host.NewAccountAsync("Déjà là", null, RoleNames.Citizen);
        var user = await SignedInAsync();

        await Host.SendAsync(new RequestAddressChange(taken.Email!, Accounts.Password));

        Assert.Empty(await Host.MailsAsync(taken.Email!, MailKind.AddressChange));
        Assert.Single(await Host.MailsAsync(taken.Email!, MailKind.RegistrationAttempt));
        Assert.Single(await Host.MailsAsync(user.Email!, MailKind.AddressChangeNotice));
        Assert.Equal(user.Email, (await FindAsync(user.Id)).Email);
    }

    [Fact]
    public async Task AWrongPasswordIsRefusedCountedAndMailsNothing()
    {
        var user = await SignedInAsync();

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new RequestAddressChange(NewEmail, "Pas-le-bon-mot")));

        Assert.True(refused.Errors.ContainsKey(nameof(RequestAddressChange.Password)));
        Assert.Equal(1, (await FindAsync(user.Id)).AccessFailedCount);
        Assert.False(await Host.WithDbAsync(db => db.OutboxMails.AnyAsync()));
    }

    [Fact]
    public async Task AnonymousCallersCannotAskForAChange() =>
        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new RequestAddressChange(NewEmail, Accounts.Password)));

    private async Task<ApplicationUser> SignedInAsync()
    {
        var user = await Host.NewAccountAsync("Camille", null, RoleNames.Citizen);
        Host.User.SignIn(user.Id, null, RoleNames.Citizen);
        return user;
    }

    private Task<ApplicationUser> FindAsync(Guid id) => Host.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));
}
