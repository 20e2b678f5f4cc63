using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Account.RegisterAccount;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Administration;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Account;

public sealed class RegisterAccountTests : ApplicationTest
{
    private const string Passphrase = "le train du soir part de Sablé";

    [Fact]
    public async Task CreatesACitizenWithDisplayNameAndCreationDate()
    {
        var outcome = await Host.SendAsync(new RegisterAccount("  Dominique Essai ", " dominique@exemple.fr ", Passphrase));

        Assert.Equal(RegistrationOutcome.Created, outcome);
        var user = await Host.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == "dominique@exemple.fr"));
        Assert.Equal("Dominique Essai", user.DisplayName);
        Assert.NotEqual(default, user.CreatedAt);
        Assert.Equal([RoleNames.Citizen], await Host.RolesOfAsync(user.Id));
    }

    [Fact]
    public async Task ReportsATakenAddressAndLeavesTheAccountAsItWas()
    {
        var owner = await Host.NewAccountAsync("Propriétaire", null, RoleNames.Citizen);

        var outcome = await Host.SendAsync(new RegisterAccount("Intrus", owner.Email!, Passphrase));

        Assert.Equal(RegistrationOutcome.AddressAlreadyRegistered, outcome);
        var after = await Host.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == owner.Id));
        Assert.Equal(owner.DisplayName, after.DisplayName);
        Assert.Equal(owner.PasswordHash, after.PasswordHash);
    }

    [Fact]
    public async Task RefusesAGuessablePasswordForATakenAddressAsForANewOne()
    {
        var owner = await Host.NewAccountAsync("Propriétaire", null, RoleNames.Citizen);

        var forTaken = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new RegisterAccount("Intrus", owner.Email!, "azerty123456")));
        var forNew = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new RegisterAccount("Intrus", "nouveau@exemple.fr", "azerty123456")));

        Assert.Equal(forNew.Errors[nameof(RegisterAccount.Password)], forTaken.Errors[nameof(RegisterAccount.Password)]);
    }

    [Fact]
    public async Task RefusesAPasswordMadeOfTheDisplayName()
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Host.SendAsync(new RegisterAccount("Bérangère Tessier-Lavallière", "b.tessier@exemple.fr", "tessier-lavalliere")));

        Assert.True(refused.Errors.ContainsKey(nameof(RegisterAccount.Password)));
    }
}
