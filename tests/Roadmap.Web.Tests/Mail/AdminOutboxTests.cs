using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Mail;
using Roadmap.Application.Domain.Mail;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;
using static Roadmap.Web.Tests.Support.DemoFacts;

namespace Roadmap.Web.Tests.Mail;

/// <summary>/admin/courriels and /api/v1/admin/mails: Administrators only, refusals in French, never a 500.</summary>
public sealed class AdminOutboxTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task AnonymousIsAskedToSignIn()
    {
        using var client = app.Anonymous();

        var api = await client.GetAsync("/api/v1/admin/mails");
        var retry = await client.PostAsync($"/api/v1/admin/mails/{Guid.NewGuid()}/retry", null);
        var page = await client.GetAsync("/admin/courriels");

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, retry.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/compte/connexion", AccountTestSteps.Location(page));
    }

    [Theory]
    [InlineData(Citizen)]
    [InlineData(DromeManager)]
    public async Task OnlyAnAdministratorMayReadOrRetry(string email)
    {
        var failed = await FailedMailAsync("Refusé aux autres rôles");
        using var client = await app.BearerAsync(email);
        using var browser = await app.SignedInAsync(email);

        var list = await client.GetAsync("/api/v1/admin/mails");
        var retry = await client.PostAsync($"/api/v1/admin/mails/{failed.Id}/retry", null);
        var retryAll = await client.PostAsync("/api/v1/admin/mails/retry", null);
        var page = await browser.GetAsync("/admin/courriels");

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, retry.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, retryAll.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/compte/acces-refuse", AccountTestSteps.Location(page));
        Assert.NotNull(await app.WithDbAsync(db => db.OutboxMails.Where(m => m.Id == failed.Id).Select(m => m.FailedAt).SingleAsync()));
    }

    [Fact]
    public async Task AnAdministratorListsTheFailedMailsAndRetriesOne()
    {
        var failed = await FailedMailAsync("Réinitialiser votre mot de passe (API)");
        using var admin = await app.BearerAsync(Administrator);

        var list = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/mails?state=failed");
        var pending = await admin.GetAsync("/api/v1/admin/mails?state=pending&page=1");
        var retry = await admin.PostAsync($"/api/v1/admin/mails/{failed.Id}/retry", null);
        var again = await admin.PostAsync($"/api/v1/admin/mails/{failed.Id}/retry", null);

        Assert.Contains(list.GetProperty("items").EnumerateArray(), m => m.GetProperty("id").GetGuid() == failed.Id
            && m.GetProperty("kindLabel").GetString() == "Mot de passe oublié");
        Assert.True(list.GetProperty("counts").GetProperty("failed").GetInt32() >= 1);
        Assert.Equal(HttpStatusCode.OK, pending.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        Assert.Null(await app.WithDbAsync(db => db.OutboxMails.Where(m => m.Id == failed.Id).Select(m => m.FailedAt).SingleAsync()));
    }

    [Fact]
    public async Task RetryingAnUnknownOrSentMailIsRefusedInFrench()
    {
        var sent = OutboxMail.Write(new MailRecipient("parti@exemple.fr", "Dominique", null), MailKind.Digest, new MailBuilder("Déjà parti").Paragraph("Texte.").Build(), DateTimeOffset.UtcNow);
        sent.Sent(DateTimeOffset.UtcNow);
        await app.WithDbAsync(db => { db.OutboxMails.Add(sent); return db.SaveChangesAsync(); });
        using var admin = await app.BearerAsync(Administrator);

        var unknown = await admin.PostAsync($"/api/v1/admin/mails/{Guid.NewGuid()}/retry", null);
        var alreadySent = await admin.PostAsync($"/api/v1/admin/mails/{sent.Id}/retry", null);
        var badState = await admin.GetAsync("/api/v1/admin/mails?state=tous");
        var badPage = await admin.GetAsync("/api/v1/admin/mails?page=0");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Le courriel", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, alreadySent.StatusCode);
        Assert.Contains("déjà parti", await alreadySent.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badState.StatusCode);
        Assert.Contains("« pending »", await badState.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badPage.StatusCode);
    }

    [Fact]
    public async Task ThePageShowsAFailedMailEscapedAndRenvoyerSendsItAgainOnce()
    {
        var failed = await FailedMailAsync("<script>alert(1)</script> Rappel");
        using var admin = await app.SignedInAsync(Administrator);

        var page = await FormPost.GetPageAsync(admin, "/admin/courriels");
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Contains(page.QuerySelectorAll("tbody th"), th => th.TextContent == "<script>alert(1)</script> Rappel");
        Assert.Empty(page.QuerySelectorAll("tbody script"));

        var response = await FormPost.SubmitAsync(admin, "/admin/courriels", "renvoyer", new Dictionary<string, string> { ["Input.MailId"] = failed.Id.ToString() });
        var again = await FormPost.SubmitAsync(admin, "/admin/courriels", "renvoyer", new Dictionary<string, string> { ["Input.MailId"] = failed.Id.ToString() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("repart", (await FormPost.ReadAsync(response)).QuerySelector("[role=status]")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        // Already sent by the Development worker (.eml files), or still waiting for it: refused either way.
        Assert.StartsWith("Ce courriel", (await FormPost.ReadAsync(again)).QuerySelector("[role=alert]")?.TextContent);
        Assert.Null(await app.WithDbAsync(db => db.OutboxMails.Where(m => m.Id == failed.Id).Select(m => m.FailedAt).SingleAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "mail.retried" && e.Subject.Contains("<script>"))));
    }

    [Fact]
    public async Task ToutRenvoyerSendsEveryFailedMailAgain()
    {
        var first = await FailedMailAsync("Premier abandonné");
        var second = await FailedMailAsync("Second abandonné");
        using var admin = await app.SignedInAsync(Administrator);

        var response = await FormPost.SubmitAsync(admin, "/admin/courriels", "tout-renvoyer", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("repart", (await FormPost.ReadAsync(response)).QuerySelector("[role=status]")?.TextContent);
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxMails.CountAsync(m => (m.Id == first.Id || m.Id == second.Id) && m.FailedAt != null)));
    }

    [Theory]
    [InlineData("/admin/courriels?page=2147483647")]
    [InlineData("/admin/courriels?etat=en-attente&page=-5")]
    [InlineData("/admin/courriels?etat=inconnu")]
    public async Task ThePageAnswersWhateverItsAddressSays(string url)
    {
        using var admin = await app.SignedInAsync(Administrator);

        var response = await admin.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TheAdministrationAreaLinksToTheOutbox()
    {
        using var admin = await app.SignedInAsync(Administrator);

        var account = await FormPost.GetPageAsync(admin, "/compte");

        Assert.NotNull(account.QuerySelector("a[href='/admin/courriels']"));
    }

    private async Task<OutboxMail> FailedMailAsync(string subject)
    {
        var content = new MailBuilder(subject).Greeting("Camille").Paragraph("Un lien secret.").Build();
        var mail = OutboxMail.Write(new MailRecipient(WebApp.NewEmail(), "Camille", null), MailKind.PasswordReset, content, DateTimeOffset.UtcNow);
        for (var attempt = 0; attempt < OutboxMail.MaxAttempts; attempt++)
        {
            mail.AttemptFailed("SmtpCommandException : 550 Mailbox unavailable", DateTimeOffset.UtcNow);
        }

        await app.WithDbAsync(db => { db.OutboxMails.Add(mail); return db.SaveChangesAsync(); });
        return mail;
    }
}
