using System.Net;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Mail;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;
using static Roadmap.Web.Tests.Account.AccountTestSteps;

namespace Roadmap.Web.Tests.Mail;

/// <summary>The password reset and the change of address through a real SMTP server.</summary>
public sealed class AccountPasswordAndAddressMailTests(AccountMailApp app) : IClassFixture<AccountMailApp>
{
    private const string NewPassword = "Un-autre-mot-de-passe-9";

    private readonly HttpClient _client = app.Anonymous();

    [Fact]
    public async Task ResetMailLinkSetsANewPasswordAndTheOldOneNoLongerWorks()
    {
        var email = (await app.NewAccountAsync()).Email!;

        Assert.Equal(HttpStatusCode.Found, (await AskForResetLinkAsync(_client, email)).StatusCode);
        Assert.Equal(HttpStatusCode.Found, (await AskForResetLinkAsync(_client, email)).StatusCode);
        var mail = await app.MailAsync(email, "Choisir un nouveau mot de passe");
        var link = new Uri(MailLinks.Find(mail.TextBody, "/compte/reinitialiser?"));

        var reset = await FormPost.SubmitAsync(_client, link.PathAndQuery, "reinitialiser", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });

        Assert.Equal("/compte/connexion", Location(reset));
        Assert.Equal("/", Location(await SignInAsync(app.Anonymous(), email, NewPassword)));
        Assert.NotEqual(HttpStatusCode.Found, (await SignInAsync(app.Anonymous(), email, WebApp.Password)).StatusCode);

        // The form sent twice wrote one mail.
        Assert.Equal(1, await app.OutboxCountAsync(email, MailKind.PasswordReset));
        Assert.Single(app.Smtp.To(email));
    }

    [Fact]
    public async Task ChangeOfAddressMailsBothAddressesAndTheLinkSwitchesIt()
    {
        var old = (await app.NewAccountAsync()).Email!;
        var fresh = WebApp.NewEmail();
        var client = await app.SignedInAsync(old, WebApp.Password);

        var asked = await RequestChangeAsync(client, fresh);
        var notice = await app.MailAsync(old, "Votre adresse électronique va changer");
        var mail = await app.MailAsync(fresh, "Confirmez votre nouvelle adresse électronique");

        Assert.Equal("/compte", Location(asked));
        Assert.Contains("changez tout de suite votre mot de passe", notice.TextBody, StringComparison.Ordinal);
        Assert.Equal(old, await EmailOfAsync(old, fresh));
        var link = new Uri(MailLinks.Find(mail.TextBody, "/compte/confirmer-nouvelle-adresse?"));

        var confirmed = await FormPost.GetPageAsync(app.Anonymous(), link.PathAndQuery);

        Assert.Equal("Nouvelle adresse confirmée", Text(confirmed, "h1"));
        Assert.Equal(fresh, await EmailOfAsync(old, fresh));
        Assert.Equal("/", Location(await SignInAsync(app.Anonymous(), fresh, WebApp.Password)));
        Assert.NotEqual(HttpStatusCode.Found, (await SignInAsync(app.Anonymous(), old, WebApp.Password)).StatusCode);
    }

    [Fact]
    public async Task ChangingToATakenAddressAnswersTheSameAndOnlyWarnsItsOwner()
    {
        var requester = (await app.NewAccountAsync()).Email!;
        var taken = (await app.NewAccountAsync()).Email!;
        var client = await app.SignedInAsync(requester, WebApp.Password);

        var asked = await RequestChangeAsync(client, taken);

        Assert.Equal("/compte", Location(asked));
        await app.MailAsync(taken, "Quelqu'un a essayé d'utiliser votre adresse");
        await app.MailAsync(requester, "Votre adresse électronique va changer");
        Assert.Equal(0, await app.OutboxCountAsync(taken, MailKind.AddressChange));
        Assert.Equal(requester, await app.WithDbAsync(db => db.Users.Where(u => u.Email == requester).Select(u => u.UserName).SingleAsync()));
    }

    [Fact]
    public async Task ATamperedChangeLinkChangesNothing()
    {
        var old = (await app.NewAccountAsync()).Email!;
        var fresh = WebApp.NewEmail();
        await RequestChangeAsync(await app.SignedInAsync(old, WebApp.Password), fresh);
        var link = new Uri(MailLinks.Find((await app.MailAsync(fresh, "Confirmez votre nouvelle adresse électronique")).TextBody, "/compte/confirmer-nouvelle-adresse?"));

        var page = await FormPost.GetPageAsync(_client, link.PathAndQuery.Replace("code=", "code=A", StringComparison.Ordinal));

        Assert.Equal("Lien de confirmation non valable", Text(page, "h1"));
        Assert.Equal(old, await EmailOfAsync(old, fresh));
    }

    private static Task<HttpResponseMessage> RequestChangeAsync(HttpClient client, string newEmail) =>
        FormPost.SubmitAsync(client, "/compte/adresse", "adresse", new Dictionary<string, string>
        {
            ["Input.NewEmail"] = newEmail,
            ["Input.Password"] = WebApp.Password,
        });

    // The account's address, found by either address (user name included: it must follow).
    private Task<string> EmailOfAsync(string one, string other) => app.WithDbAsync(db => db.Users
        .Where(u => u.Email == one || u.Email == other)
        .Select(u => u.Email == u.UserName ? u.Email! : "user name and address disagree")
        .SingleAsync());
}
