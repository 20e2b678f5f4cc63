using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Account.ConfirmAddress;
using Roadmap.Application.Account.RegisterAccount;
using Roadmap.Application.Account.ResendConfirmation;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Administration;
using Roadmap.Application.Tests.Fixtures;
using static Roadmap.Application.Tests.Account.AccountMailTestSupport;

namespace Roadmap.Application.Tests.Account;

public sealed class RegistrationMailTests() : ApplicationTest(frozenClock: true)
{
    private const string Passphrase = "le train du soir part de Sablé";
    private const string Email = "dominique@exemple.fr";

    [Fact]
    public async Task ANewAccountGetsALinkThatConfirmsItsAddressEvenTwice()
    {
        await Host.SendAsync(new RegisterAccount("Dominique", Email, Passphrase));
        var user = await Host.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == Email));
        var mail = Assert.Single(await Host.MailsAsync(Email, MailKind.AddressConfirmation));

        Assert.Equal(user.Id, mail.UserId);
        Assert.False(user.EmailConfirmed);
        Assert.Equal(user.Id.ToString(), LinkParameter(mail, "/compte/confirmer-adresse", "userId"));
        var code = LinkParameter(mail, "/compte/confirmer-adresse", "code");

        Assert.True(await Host.SendAsync(new ConfirmAddress(user.Id, code)));
        Assert.True(await Host.SendAsync(new ConfirmAddress(user.Id, code)));
        Assert.True(await Host.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.EmailConfirmed).SingleAsync()));
    }

    [Fact]
    public async Task AnEditedOrForeignCodeConfirmsNothing()
    {
        await Host.SendAsync(new RegisterAccount("Dominique", Email, Passphrase));
        var id = await Host.WithDbAsync(db => db.Users.Where(u => u.Email == Email).Select(u => u.Id).SingleAsync());
        var code = LinkParameter(Assert.Single(await Host.MailsAsync(Email, MailKind.AddressConfirmation)), "/compte/confirmer-adresse", "code");
        var other = await Host.NewAccountAsync("Autre", null, RoleNames.Citizen);

        Assert.False(await Host.SendAsync(new ConfirmAddress(id, "A" + code)));
        Assert.False(await Host.SendAsync(new ConfirmAddress(id, "pas du base64 !")));
        Assert.False(await Host.SendAsync(new ConfirmAddress(other.Id, code)));
        Assert.False(await Host.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.EmailConfirmed).SingleAsync()));
    }

    [Fact]
    public async Task ATakenAddressWarnsItsOwnerAtMostOnceEveryTwoMinutes()
    {
        var owner = await Host.NewAccountAsync("Propriétaire", null, RoleNames.Citizen);

        await Host.SendAsync(new RegisterAccount("Intrus", owner.Email!, Passphrase));
        await Host.SendAsync(new RegisterAccount("Intrus", owner.Email!, Passphrase));
        Host.Clock.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
        await Host.SendAsync(new RegisterAccount("Intrus", owner.Email!, Passphrase));

        var notices = await Host.MailsAsync(owner.Email!, MailKind.RegistrationAttempt);
        Assert.Equal(2, notices.Count);
        Assert.All(notices, n => Assert.Equal(owner.Id, n.UserId));
        Assert.Empty(await Host.MailsAsync(owner.Email!, MailKind.AddressConfirmation));
    }

    [Fact]
    public async Task ResendingWritesToUnconfirmedAccountsOnlyAndNotTwiceInTwoMinutes()
    {
        var confirmed = await Host.NewAccountAsync("Confirmée", null, RoleNames.Citizen);
        await Host.WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == confirmed.Id)).EmailConfirmed = true;
            return await db.SaveChangesAsync();
        });
        await Host.SendAsync(new RegisterAccount("Dominique", Email, Passphrase));

        await Host.SendAsync(new ResendConfirmation(Email));
        Host.Clock.Advance(TimeSpan.FromMinutes(3));
        await Host.SendAsync(new ResendConfirmation(Email));
        await Host.SendAsync(new ResendConfirmation(confirmed.Email!));
        await Host.SendAsync(new ResendConfirmation("personne@exemple.fr"));

        Assert.Equal(2, (await Host.MailsAsync(Email, MailKind.AddressConfirmation)).Count);
        Assert.Empty(await Host.MailsAsync(confirmed.Email!, MailKind.AddressConfirmation));
        Assert.Empty(await Host.MailsAsync("personne@exemple.fr", MailKind.AddressConfirmation));
    }
}
