using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Mail;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;
using static Roadmap.Web.Tests.Account.AccountTestSteps;

namespace Roadmap.Web.Tests.Mail;

/// <summary>Registration through a real SMTP server: the confirmation link, the notice to an owner, sign-in before and after.</summary>
public sealed class AccountRegistrationMailTests(AccountMailApp app) : IClassFixture<AccountMailApp>
{
    private const string ConfirmSubject = "Confirmez votre adresse électronique";

    private readonly HttpClient _client = app.Anonymous();

    [Fact]
    public async Task RegistrationMailsALinkThatConfirmsTheAddressAndOnlyThenSignInWorks()
    {
        var email = WebApp.NewEmail();

        var registered = await RegisterAsync(_client, email, WebApp.Password, WebApp.Password);
        var page = await FormPost.GetPageAsync(_client, Location(registered));
        var refused = await FormPost.ReadAsync(await SignInAsync(_client, email, WebApp.Password));
        var mail = await app.MailAsync(email, ConfirmSubject);

        Assert.Contains("consultez votre messagerie", Text(page, "[role=status]"), StringComparison.Ordinal);
        Assert.StartsWith("Confirmez d'abord votre adresse : nous vous avons écrit.", Text(refused, "[role=alert]"), StringComparison.Ordinal);
        Assert.Equal("/compte/renvoyer-confirmation", refused.QuerySelector("[role=alert] a")?.GetAttribute("href"));
        Assert.Contains("<html lang=\"fr\"", mail.HtmlBody, StringComparison.Ordinal);
        var link = MailLinks.Find(mail.TextBody, "/compte/confirmer-adresse?");
        Assert.StartsWith($"{RoadmapWebFactory.PublicUrl}/compte/confirmer-adresse?userId=", link, StringComparison.Ordinal);

        var confirmed = await FormPost.GetPageAsync(_client, new Uri(link).PathAndQuery);

        Assert.Equal("Adresse confirmée", Text(confirmed, "h1"));
        Assert.Equal("/", Location(await SignInAsync(_client, email, WebApp.Password)));
        Assert.Equal("Adresse confirmée", Text(await FormPost.GetPageAsync(_client, new Uri(link).PathAndQuery), "h1"));

        // The refused sign-in asked for a new link, but one had just been written: still one mail.
        Assert.Equal(1, await app.OutboxCountAsync(email, MailKind.AddressConfirmation));
    }

    [Fact]
    public async Task RegisteringATakenAddressLooksTheSameAndTellsItsOwner()
    {
        var owner = (await app.NewAccountAsync()).Email!;
        var fresh = WebApp.NewEmail();

        var forFresh = await RegisterAsync(app.Anonymous(), fresh, WebApp.Password, WebApp.Password);
        var forTaken = await RegisterAsync(_client, owner, WebApp.Password, WebApp.Password);

        Assert.Equal(Location(forFresh), Location(forTaken));
        var notice = await app.MailAsync(owner, "Quelqu'un a essayé de créer un compte avec votre adresse");
        Assert.Equal(RoadmapWebFactory.PublicUrl + "/compte/connexion", MailLinks.Find(notice.TextBody, "/compte/connexion"));
        Assert.Equal(RoadmapWebFactory.PublicUrl + "/compte/mot-de-passe-oublie", MailLinks.Find(notice.TextBody, "/compte/mot-de-passe-oublie"));
        Assert.Equal(0, await app.OutboxCountAsync(owner, MailKind.AddressConfirmation));
    }

    [Fact]
    public async Task ANameWithLineBreaksNeverReachesAHeader()
    {
        var email = WebApp.NewEmail();

        await FormPost.SubmitAsync(_client, "/compte/inscription", "inscription", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Camille\r\nBcc: victime@exemple.fr\r\nSubject: <script>",
            ["Input.Email"] = email,
            ["Input.Password"] = WebApp.Password,
            ["Input.ConfirmPassword"] = WebApp.Password,
        });
        var mail = await app.MailAsync(email, ConfirmSubject);

        var to = Assert.Single(mail.To.Mailboxes);
        Assert.Equal(email, to.Address);
        Assert.DoesNotContain('\n', to.Name ?? "");
        Assert.DoesNotContain('\r', to.Name ?? "");
        Assert.Empty(mail.Bcc);
        Assert.Equal(ConfirmSubject, mail.Subject);
        Assert.DoesNotContain("<script>", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATamperedLinkIsRefusedInFrenchAndConfirmsNothing()
    {
        var email = WebApp.NewEmail();
        await RegisterAsync(_client, email, WebApp.Password, WebApp.Password);
        var link = new Uri(MailLinks.Find((await app.MailAsync(email, ConfirmSubject)).TextBody, "/compte/confirmer-adresse?"));
        var tampered = link.PathAndQuery.Replace("code=", "code=A", StringComparison.Ordinal);

        var page = await FormPost.GetPageAsync(_client, tampered);

        Assert.Equal("Lien de confirmation non valable", Text(page, "h1"));
        Assert.Equal("/compte/renvoyer-confirmation", page.QuerySelector("a[href='/compte/renvoyer-confirmation']")?.GetAttribute("href"));
        Assert.False(await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.EmailConfirmed).SingleAsync()));
    }

    [Fact]
    public async Task TheTokenEndpointRefusesAnUnconfirmedAddressOnlyWithTheRightPassword()
    {
        var email = WebApp.NewEmail();
        await RegisterAsync(_client, email, WebApp.Password, WebApp.Password);

        using var wrong = await _client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "pas-le-bon-mot-de-passe" });
        using var right = await _client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = WebApp.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("Adresse ou mot de passe incorrect.", (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.StartsWith("Confirmez d'abord votre adresse", (await right.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
