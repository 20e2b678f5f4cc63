using System.Net;
using Roadmap.Web.Tests.Support;
using static Roadmap.Web.Tests.Account.AccountTestSteps;

namespace Roadmap.Web.Tests.Account;

public sealed class AccountPagesTests(AccountWebApp app) : IClassFixture<AccountWebApp>
{
    private readonly HttpClient _client = app.Anonymous();

    [Theory]
    [InlineData("/compte/inscription", "Créer un compte")]
    [InlineData("/compte/inscription-enregistree", "Inscription enregistrée")]
    [InlineData("/compte/connexion", "Se connecter")]
    [InlineData("/compte/mot-de-passe-oublie", "Mot de passe oublié")]
    [InlineData("/compte/mot-de-passe-oublie/confirmation", "Vérifiez votre messagerie")]
    [InlineData("/compte/reinitialiser?code=YWJj&email=a%40exemple.fr", "Choisir un nouveau mot de passe")]
    [InlineData("/compte/acces-refuse", "Accès refusé")]
    [InlineData("/compte/verrouille", "Compte temporairement verrouillé")]
    public async Task ServesPageWithOneFrenchHeading(string path, string heading)
    {
        var page = await FormPost.GetPageAsync(_client, path);

        Assert.Equal(heading, Assert.Single(page.QuerySelectorAll("h1")).TextContent.Trim());
    }

    [Fact]
    public async Task RegisteringCreatesCitizenWhoThenSignsIn()
    {
        var email = WebApp.NewEmail();

        var response = await RegisterAsync(_client, email, WebApp.Password, WebApp.Password);

        Assert.Equal("/compte/inscription-enregistree", Location(response));
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("roadmap.auth=", StringComparison.Ordinal));
        var user = await app.FindAsync(email);
        Assert.NotNull(user);
        Assert.Equal("Dominique Essai", user.DisplayName);
        Assert.Equal(["Citizen"], await app.RolesOfAsync(user));
        Assert.Equal("/", Location(await SignInAsync(_client, email, WebApp.Password)));
        var manage = await FormPost.GetPageAsync(_client, "/compte");
        Assert.Contains("Citoyen·ne", manage.QuerySelector("dl")!.TextContent);
    }

    [Fact]
    public async Task RegisteringShowsMismatchNextToConfirmation()
    {
        var response = await RegisterAsync(_client, WebApp.NewEmail(), WebApp.Password, "Autre-chose-99");

        var page = await FormPost.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Les deux mots de passe ne sont pas identiques.", Text(page, "#confirmation-erreur"));
        Assert.StartsWith("Erreur", page.Title);
        Assert.Equal("", page.QuerySelector("#mot-de-passe")!.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task RegisteringListsEveryProblemAtOnce()
    {
        var response = await RegisterAsync(_client, "pas-une-adresse", "court", "court");

        var page = await FormPost.ReadAsync(response);
        Assert.StartsWith("Cette adresse électronique n'est pas valide", Text(page, "#email-erreur"));
        Assert.Contains("Le mot de passe doit contenir au moins 10 caractères.", Text(page, "#mot-de-passe-erreur"));
    }

    [Fact]
    public async Task RegisteringAnExistingAddressAnswersExactlyLikeANewOne()
    {
        var taken = (await app.NewAccountAsync()).Email!;
        var before = await app.FindAsync(taken);

        var forNew = await RegisterAsync(app.Anonymous(), WebApp.NewEmail(), WebApp.Password, WebApp.Password);
        var forTaken = await RegisterAsync(app.Anonymous(), taken, WebApp.Password, WebApp.Password);

        Assert.Equal(forNew.StatusCode, forTaken.StatusCode);
        Assert.Equal(Location(forNew), Location(forTaken));
        Assert.Equal(Text(await FormPost.ReadAsync(forNew), "body"), Text(await FormPost.ReadAsync(forTaken), "body"));
        var pageForNew = await FormPost.GetPageAsync(app.Anonymous(), Location(forNew));
        var pageForTaken = await FormPost.GetPageAsync(app.Anonymous(), Location(forTaken));
        Assert.Equal(Text(pageForNew, "main"), Text(pageForTaken, "main"));
        Assert.StartsWith("Votre inscription est enregistrée : consultez votre messagerie.", Text(pageForTaken, "[role=status]"), StringComparison.Ordinal);
        var after = await app.FindAsync(taken);
        Assert.Equal(before!.DisplayName, after!.DisplayName);
        Assert.Equal(before.PasswordHash, after.PasswordHash);
    }

    [Fact]
    public async Task RegisteringAcceptsA28CharacterPassphraseWithoutDigitOrCapital()
    {
        var email = WebApp.NewEmail();
        const string passphrase = "girafe tartine orage violons";

        var response = await RegisterAsync(_client, email, passphrase, passphrase);

        Assert.Equal("/compte/inscription-enregistree", Location(response));
        Assert.Equal("/", Location(await SignInAsync(app.Anonymous(), email, passphrase)));
    }

    [Theory]
    [InlineData("azerty123456")]
    [InlineData("motdepasse")]
    [InlineData("soleil2024!")]
    [InlineData("Password123")]
    public async Task RegisteringRefusesACommonPasswordWithFrenchAdvice(string password)
    {
        var email = WebApp.NewEmail();

        var response = await RegisterAsync(_client, email, password, password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Ce mot de passe est trop courant ou trop facile à deviner. Choisissez plutôt une phrase de plusieurs mots",
            Text(await FormPost.ReadAsync(response), "#mot-de-passe-erreur"), StringComparison.Ordinal);
        Assert.Null(await app.FindAsync(email));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SigningInWithWrongCredentialsShowsSameFrenchMessage(bool accountExists)
    {
        var email = accountExists ? (await app.NewAccountAsync()).Email! : WebApp.NewEmail();

        var response = await SignInAsync(_client, email, "Mauvais-mot-de-passe-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Adresse ou mot de passe incorrect.", Text(await FormPost.ReadAsync(response), "[role=alert]"));
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccount()
    {
        var email = (await app.NewAccountAsync()).Email!;
        for (var attempt = 1; attempt < 5; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SignInAsync(_client, email, "Mauvais-mot-de-passe-1")).StatusCode);
        }

        var fifth = await SignInAsync(_client, email, "Mauvais-mot-de-passe-1");
        var rightPasswordTooLate = await SignInAsync(_client, email, WebApp.Password);

        Assert.Equal("/compte/verrouille", Location(fifth));
        Assert.Equal("/compte/verrouille", Location(rightPasswordTooLate));
    }

    [Theory]
    [InlineData("/compte", "/compte")]
    [InlineData("compte", "/compte")]
    [InlineData("https://ailleurs.example/", "/")]
    [InlineData("//ailleurs.example/", "/")]
    public async Task SigningInReturnsOnlyToLocalPages(string returnUrl, string expected)
    {
        var email = (await app.NewAccountAsync()).Email!;

        var response = await SignInAsync(_client, email, WebApp.Password, returnUrl);

        Assert.Equal(expected, Location(response));
    }

    [Fact]
    public async Task AccountPageSendsAnonymousVisitorsToSignIn()
    {
        var response = await _client.GetAsync("/compte");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith("/compte/connexion?", Location(response));
    }

    [Fact]
    public async Task ResetLinkIgnoresAForgedHostHeader()
    {
        var email = (await app.NewAccountAsync()).Email!;

        await AskForResetLinkAsync(ForgedHost.Client(app.App), email);

        Assert.StartsWith($"{RoadmapWebFactory.PublicUrl}/compte/reinitialiser?", Assert.Single(await app.ResetLinksForAsync(email)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgotPasswordAnswersUnknownAddressLikeKnownOne()
    {
        var known = (await app.NewAccountAsync()).Email!;
        var unknown = WebApp.NewEmail();

        var forKnown = await AskForResetLinkAsync(_client, known);
        var forUnknown = await AskForResetLinkAsync(_client, unknown);

        Assert.Equal(HttpStatusCode.Found, forUnknown.StatusCode);
        Assert.Equal(Location(forKnown), Location(forUnknown));
        Assert.Single(await app.ResetLinksForAsync(known));
        Assert.Empty(await app.ResetLinksForAsync(unknown));
        var confirmation = await FormPost.GetPageAsync(_client, Location(forUnknown));
        Assert.Equal("Vérifiez votre messagerie", Text(confirmation, "h1"));
    }
}
