using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.PersonalData.DeleteMyAccount;
using Roadmap.Application.Tests.Administration;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.PersonalData;

/// <summary>
/// The deletion's own transaction holds what it sends out until it commits: here the public pages' eviction, asked by
/// the comments it anonymises before the account's row goes (a page read in between would be kept with the old name).
/// </summary>
public sealed class DeleteMyAccountCommitTests() : ApplicationTest(sharedReads: true)
{
    protected override async Task ArrangeAsync()
    {
        var scenario = await ContributorScenario.CreateAsync(Host);
        Host.SignInAs(scenario.Contributor, RoleNames.ElectedOfficial, RoleNames.Facilitator);
    }

    [Fact]
    public async Task ARolledBackDeletionEvictsNoPage()
    {
        await Host.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(db.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal)
            ? """
              CREATE FUNCTION refuse_deletion() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'deletion refused'; END $$ LANGUAGE plpgsql;
              CREATE TRIGGER refuse_deletion BEFORE DELETE ON "AspNetUsers" FOR EACH ROW EXECUTE FUNCTION refuse_deletion();
              """
            : """CREATE TRIGGER refuse_deletion BEFORE DELETE ON "AspNetUsers" BEGIN SELECT RAISE(ABORT, 'deletion refused'); END;"""));
        var before = Host.Get<PublicDataGeneration>().Current;

        await Assert.ThrowsAsync<DbUpdateException>(() => Host.SendAsync(new DeleteMyAccount(Accounts.Password)));

        Assert.Equal(before, Host.Get<PublicDataGeneration>().Current);
    }

    [Fact]
    public async Task ACommittedDeletionEvictsThePagesOnce()
    {
        var before = Host.Get<PublicDataGeneration>().Current;

        await Host.SendAsync(new DeleteMyAccount(Accounts.Password));

        Assert.Equal(before + 1, Host.Get<PublicDataGeneration>().Current);
    }
}
