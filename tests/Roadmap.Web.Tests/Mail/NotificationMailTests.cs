using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Domain.Mail;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Mail;

public sealed class NotificationMailTests(NotificationMailWebApp web) : IClassFixture<NotificationMailWebApp>
{
    [Fact]
    public async Task AReplyMailsTheImmediateFollowersButNotTheReplier()
    {
        var actionId = await web.FreshActionAsync();
        var (follower, followerApi) = await web.PersonAsync("Fanny Suiveuse");
        var (author, authorApi) = await web.PersonAsync("Alix Autrice");
        var (replier, replierApi) = await web.PersonAsync("Rémi Répondeur");
        foreach (var api in new[] { followerApi, authorApi, replierApi })
        {
            await NotificationMailWebApp.ChooseAsync(api, "Comments", "Immediately");
        }

        (await followerApi.PutAsync($"/api/v1/actions/{actionId}/follow", null)).EnsureSuccessStatusCode();
        var parent = await NotificationMailWebApp.CommentAsync(authorApi, actionId, "Une première remarque sur cette action.");
        await NotificationMailWebApp.CommentAsync(replierApi, actionId, "Je réponds à cette remarque.", parent);

        await web.MailsToAsync(follower.Email!, m => (m.Subject ?? "").StartsWith("Rémi Répondeur a commenté", StringComparison.Ordinal));
        await web.MailsToAsync(author.Email!, m => (m.Subject ?? "").StartsWith("Rémi Répondeur a répondu à votre commentaire", StringComparison.Ordinal));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Empty(web.MailsTo(replier.Email!));
    }

    [Fact]
    public async Task ADailyFollowerGetsNothingAtOnceThenTheDigestAfterSevenParisTime()
    {
        var actionId = await web.FreshActionAsync();
        var (follower, followerApi) = await web.PersonAsync("Dominique Quotidienne");
        var (_, authorApi) = await web.PersonAsync("Alix Autrice");
        (await followerApi.PutAsync($"/api/v1/actions/{actionId}/follow", null)).EnsureSuccessStatusCode();
        await NotificationMailWebApp.CommentAsync(authorApi, actionId, "Une remarque pour le résumé du lendemain.");

        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Empty(web.MailsTo(follower.Email!));

        var tomorrow = DateOnly.FromDateTime(FrenchFormat.ToParis(web.Clock.GetUtcNow())).AddDays(1);
        web.Clock.MoveTo(FrenchFormat.FromParis(tomorrow, new TimeOnly(7, 1)));
        var digest = (await web.MailsToAsync(follower.Email!)).Single();
        Assert.StartsWith("Votre résumé du jour", digest.Subject);
        Assert.Contains("Alix Autrice a commenté", digest.TextBody);
        Assert.Contains("Usages numériques", digest.TextBody, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheOneClickUnsubscribeHeaderStopsTheTopicWithoutASession()
    {
        var actionId = await web.FreshActionAsync();
        var (follower, followerApi) = await web.PersonAsync("Fanny Pressée");
        var (_, authorApi) = await web.PersonAsync("Alix Autrice");
        await NotificationMailWebApp.ChooseAsync(followerApi, "Comments", "Immediately");
        (await followerApi.PutAsync($"/api/v1/actions/{actionId}/follow", null)).EnsureSuccessStatusCode();
        await NotificationMailWebApp.CommentAsync(authorApi, actionId, "Première remarque.");
        var mail = (await web.MailsToAsync(follower.Email!)).Single();

        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        var header = mail.Headers["List-Unsubscribe"] ?? "";
        Assert.Matches("^<https://roadmap.test/courriels/desabonnement/[^>]+>$", header);
        var url = new Uri(header.Trim('<', '>'));
        using var anonymous = web.App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var response = await anonymous.PostAsync(url.PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MailFrequency.Never, await web.WithDbAsync(db =>
            db.MailPreferences.Where(p => p.UserId == follower.Id && p.Topic == MailTopic.Comments).Select(p => p.Frequency).SingleAsync()));
        await NotificationMailWebApp.CommentAsync(authorApi, actionId, "Seconde remarque.");
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(web.MailsTo(follower.Email!));
    }

    [Fact]
    public async Task ATitleWithLineBreaksAndScriptStaysOnOneLineAndEscaped()
    {
        var actionId = await web.FreshActionAsync();
        await web.WithDbAsync(db => db.InTransactionAsync(
            ct => db.Actions.Where(a => a.Id == actionId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Title, "Titre\r\nBcc: pirate@exemple.fr <script>alert(1)</script>"), ct),
            CancellationToken.None));
        var (follower, followerApi) = await web.PersonAsync("Fanny Prudente");
        var (_, authorApi) = await web.PersonAsync("Alix Autrice");
        await NotificationMailWebApp.ChooseAsync(followerApi, "Comments", "Immediately");
        (await followerApi.PutAsync($"/api/v1/actions/{actionId}/follow", null)).EnsureSuccessStatusCode();
        await NotificationMailWebApp.CommentAsync(authorApi, actionId, "Une remarque.");

        var mail = (await web.MailsToAsync(follower.Email!)).Single();

        Assert.DoesNotContain("\n", mail.Subject ?? "", StringComparison.Ordinal);
        Assert.Contains("Bcc: pirate@exemple.fr", mail.Subject);
        Assert.Empty(mail.Bcc);
        Assert.DoesNotContain("<script>", mail.HtmlBody);
        Assert.Contains("&lt;script&gt;", mail.HtmlBody);
    }
}
