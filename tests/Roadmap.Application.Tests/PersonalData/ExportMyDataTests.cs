using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Mail;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.PersonalData.ExportMyData;
using Roadmap.Application.Tests.Administration;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.PersonalData;

public sealed class ExportMyDataTests : ApplicationTest
{
    private ContributorScenario _scenario = default!;

    protected override async Task ArrangeAsync()
    {
        _scenario = await ContributorScenario.CreateAsync(Host);
        Host.SignInAs(_scenario.Contributor, RoleNames.ElectedOfficial);
    }

    [Fact]
    public async Task ExportContainsTheUsersCommentAndSupport()
    {
        var export = await Host.SendAsync(new ExportMyData());

        Assert.Equal(ContributorScenario.CommentBody, Assert.Single(export.Comments).Body);
        Assert.Equal(_scenario.OtherActionId, Assert.Single(export.Supports).ActionId);
    }

    [Fact]
    public async Task ExportDescribesTheAccount()
    {
        var account = (await Host.SendAsync(new ExportMyData())).Account;

        Assert.Equal(_scenario.Contributor.Email, account.Email);
        Assert.Equal("Maire de La Flèche", account.DisplayName);
        Assert.Equal("La Flèche", account.OrganisationName);
        Assert.Equal([RoleNames.ElectedOfficial, RoleNames.Facilitator], account.Roles);
    }

    [Fact]
    public async Task ExportListsEveryKindOfContribution()
    {
        var export = await Host.SendAsync(new ExportMyData());

        Assert.Equal(_scenario.OwnActionId, Assert.Single(export.Actions).Id);
        Assert.Single(export.Endorsements);
        Assert.Single(export.Upvotes);
        Assert.Single(export.Reports);
        Assert.Single(export.Follows);
        Assert.Single(export.Notifications);
    }

    [Fact]
    public async Task ExportListsMailChoicesAndMailsWithoutTheirSecretBodies()
    {
        var id = _scenario.Contributor.Id;
        var content = new MailBuilder("Choisir un nouveau mot de passe").Button("Choisir", "https://roadmap.test/compte/reinitialiser?code=SECRET").Build();
        await Host.SaveAsync(
            MailPreference.Choose(id, MailTopic.Comments, MailFrequency.Weekly, RoadmapBuilder.Now),
            OutboxMail.Write(new MailRecipient(_scenario.Contributor.Email!, "Maire", id), MailKind.PasswordReset, content, RoadmapBuilder.Now));

        var export = await Host.SendAsync(new ExportMyData());

        Assert.Equal(MailFrequency.Weekly, Assert.Single(export.Mail.Preferences).Frequency);
        var mail = Assert.Single(export.Mail.Mails);
        Assert.Equal(("Choisir un nouveau mot de passe", MailKind.PasswordReset), (mail.Subject, mail.Kind));
        Assert.DoesNotContain("SECRET", System.Text.Json.JsonSerializer.Serialize(export), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportLeavesOutOtherPeoplesContributions()
    {
        var someoneElse = await Host.NewAccountAsync("Sans contribution", null, RoleNames.Citizen);
        Host.SignInAs(someoneElse, RoleNames.Citizen);

        var export = await Host.SendAsync(new ExportMyData());

        Assert.Empty(export.Comments.Concat<object>(export.Supports).Concat(export.Actions).Concat(export.Notifications));
    }

    [Fact]
    public async Task AnonymousVisitorHasNothingToExport()
    {
        Host.User.SignOut();

        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new ExportMyData()));
    }
}
