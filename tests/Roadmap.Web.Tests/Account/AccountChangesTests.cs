using System.Net;
using Roadmap.Web.Tests.Support;
using static Roadmap.Web.Tests.Account.AccountTestSteps;

namespace Roadmap.Web.Tests.Account;

public sealed class AccountChangesTests(AccountWebApp app) : IClassFixture<AccountWebApp>
{
    private const string NewPassword = "Nouveau-secret-2026";

    private readonly HttpClient _client = app.Anonymous();

    [Fact]
    public async Task ResetLinkLetsOwnerChooseNewPassword()
    {
        var email = (await app.NewAccountAsync()).Email!;
        await AskForResetLinkAsync(_client, email);
        var link = new Uri(Assert.Single(await app.ResetLinksForAsync(email)));

        var reset = await SubmitResetAsync(link.PathAndQuery, email);

        Assert.Equal("/compte/connexion", Location(reset));
        var login = await FormPost.GetPageAsync(_client, "/compte/connexion");
        Assert.Contains("réinitialisé", Text(login, "[role=status]"));
        Assert.Equal("/", Location(await SignInAsync(_client, email, NewPassword)));
    }

    [Fact]
    public async Task ResetUnlocksLockedAccount()
    {
        var email = (await app.NewAccountAsync()).Email!;
        await app.LockAsync(email);
        await AskForResetLinkAsync(_client, email);

        await SubmitResetAsync(new Uri(Assert.Single(await app.ResetLinksForAsync(email))).PathAndQuery, email);

        Assert.Equal("/", Location(await SignInAsync(_client, email, NewPassword)));
    }

    [Fact]
    public async Task ResetWithForgedCodeShowsFrenchError()
    {
        var email = (await app.NewAccountAsync()).Email!;

        var response = await SubmitResetAsync($"/compte/reinitialiser?code=Zm9yZ2Vk&email={Uri.EscapeDataString(email)}", email);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Le lien n'est plus valable.", Text(await FormPost.ReadAsync(response), "[role=alert]"));
    }

    [Fact]
    public async Task ChangingPasswordNeedsCurrentOne()
    {
        var email = (await app.NewAccountAsync()).Email!;
        await SignInAsync(_client, email, WebApp.Password);

        var response = await SubmitChangeAsync(current: "Pas-le-bon-123");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Le mot de passe est incorrect.", Text(await FormPost.ReadAsync(response), "#actuel-erreur"));
    }

    [Fact]
    public async Task ChangingPasswordKeepsOwnerSignedIn()
    {
        var email = (await app.NewAccountAsync()).Email!;
        await SignInAsync(_client, email, WebApp.Password);

        var response = await SubmitChangeAsync(current: WebApp.Password);

        Assert.Equal("/compte", Location(response));
        var manage = await FormPost.GetPageAsync(_client, "/compte");
        Assert.Equal("Votre mot de passe a été modifié.", Text(manage, "[role=status]"));
    }

    [Theory]
    [InlineData("azerty123456")]
    [InlineData("motdepasse")]
    [InlineData("soleil2024!")]
    [InlineData("Password123")]
    public async Task ChangingPasswordRefusesACommonOneWithFrenchAdvice(string password)
    {
        var email = (await app.NewAccountAsync()).Email!;
        await SignInAsync(_client, email, WebApp.Password);

        var response = await SubmitChangeAsync(current: WebApp.Password, replacement: password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Ce mot de passe est trop courant ou trop facile à deviner. Choisissez plutôt une phrase de plusieurs mots",
            Text(await FormPost.ReadAsync(response), "#nouveau-erreur"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingPasswordAcceptsALongPassphraseWithoutDigit()
    {
        var email = (await app.NewAccountAsync()).Email!;
        await SignInAsync(_client, email, WebApp.Password);

        var response = await SubmitChangeAsync(current: WebApp.Password, replacement: "le train du soir part de Sablé");

        Assert.Equal("/compte", Location(response));
    }

    [Fact]
    public async Task DisplayNameChangeShowsOnAccountPage()
    {
        var email = (await app.NewAccountAsync()).Email!;
        await SignInAsync(_client, email, WebApp.Password);

        var response = await FormPost.SubmitAsync(_client, "/compte", "nom-affiche", new Dictionary<string, string> { ["Input.DisplayName"] = "  Élise du Gesnois " });

        Assert.Equal("/compte", Location(response));
        var manage = await FormPost.GetPageAsync(_client, "/compte");
        Assert.Equal("Élise du Gesnois", manage.QuerySelector("#nom")!.GetAttribute("value"));
        Assert.Equal("Élise du Gesnois", (await app.FindAsync(email))!.DisplayName);
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        var email = (await app.NewAccountAsync()).Email!;
        await SignInAsync(_client, email, WebApp.Password);

        var response = await FormPost.SubmitToAsync(_client, "/compte", "/compte/deconnexion");

        Assert.Equal("/", Location(response));
        Assert.Equal(HttpStatusCode.Found, (await _client.GetAsync("/compte")).StatusCode);
    }

    [Fact]
    public async Task SigningOutWithoutAntiforgeryTokenIsRefused()
    {
        var email = (await app.NewAccountAsync()).Email!;
        await SignInAsync(_client, email, WebApp.Password);

        var response = await _client.PostAsync("/compte/deconnexion", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/compte")).StatusCode);
    }

    private Task<HttpResponseMessage> SubmitResetAsync(string url, string email) =>
        FormPost.SubmitAsync(_client, url, "reinitialiser", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });

    private Task<HttpResponseMessage> SubmitChangeAsync(string current, string replacement = NewPassword) =>
        FormPost.SubmitAsync(_client, "/compte/mot-de-passe", "mot-de-passe", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = replacement,
            ["Input.ConfirmPassword"] = replacement,
        });
}
