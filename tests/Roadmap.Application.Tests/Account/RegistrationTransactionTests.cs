using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Account.RegisterAccount;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Account;

/// <summary>The account and its confirmation mail commit together: a failure in between leaves neither.</summary>
public sealed class RegistrationTransactionTests() : ApplicationTest(frozenClock: true)
{
    private const string Email = "dominique@exemple.fr";

    [Fact]
    public async Task AMailThatCannotBeStoredLeavesNoAccountBehind()
    {
        // The database refuses the mail's row: the failure comes after the account's insert, in the same use case.
        await Host.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(db.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal)
            ? """
              CREATE FUNCTION refuse_mail() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'outbox refused'; END $$ LANGUAGE plpgsql;
              CREATE TRIGGER refuse_mail BEFORE INSERT ON "OutboxMails" FOR EACH ROW EXECUTE FUNCTION refuse_mail();
              """
            : """CREATE TRIGGER refuse_mail BEFORE INSERT ON "OutboxMails" BEGIN SELECT RAISE(ABORT, 'outbox refused'); END;"""));

        await Assert.ThrowsAsync<DbUpdateException>(() => Host.SendAsync(new RegisterAccount("Dominique", Email, "le train du soir part de Sablé")));

        Assert.False(await Host.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == Email)));
        Assert.False(await Host.WithDbAsync(db => db.UserRoles.AnyAsync()));
        Assert.False(await Host.WithDbAsync(db => db.OutboxMails.AnyAsync()));
    }
}
