using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Mail;
using Roadmap.Web.Tests.Actions;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Mail;

public sealed class NotificationPreferencePageTests(NotificationMailWebApp web) : IClassFixture<NotificationMailWebApp>
{
    [Fact]
    public async Task ThePreferencesPageSavesAndShowsTheChoice()
    {
        var (user, _) = await web.PersonAsync("Camille Choisit");
        var client = await web.SignedInAsync(user.Email!, WebApp.Password);

        var saved = await BrowserForm.SubmitAsync(client, "/compte/courriels", "courriels", new Dictionary<string, string> { ["Comments"] = "Weekly" });

        var html = await saved.Content.ReadAsStringAsync();
        Assert.Contains("Vos choix sont enregistrés.", html);
        Assert.Matches("id=\"Comments-Weekly\"[^>]*checked", await client.GetStringAsync("/compte/courriels"));
        Assert.Equal(MailFrequency.Weekly, await FrequencyAsync(user.Id, MailTopic.Comments));
    }

    [Fact]
    public async Task StoppingEverythingSetsEveryTopicToNever()
    {
        var (user, _) = await web.PersonAsync("Camille Arrête");
        var client = await web.SignedInAsync(user.Email!, WebApp.Password);

        await BrowserForm.SubmitAsync(client, "/compte/courriels", "tout-arreter", new Dictionary<string, string>());

        var saved = await web.WithDbAsync(db => db.MailPreferences.Where(p => p.UserId == user.Id).Select(p => p.Frequency).ToListAsync());
        Assert.Equal(Enum.GetValues<MailTopic>().Length, saved.Count);
        Assert.All(saved, f => Assert.Equal(MailFrequency.Never, f));
    }

    [Fact]
    public async Task ThePreferencesPageNeedsASession()
    {
        var response = await web.Anonymous().GetAsync("/compte/courriels");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task TheUnsubscribePageNamesTheTopicAndItsButtonStopsIt()
    {
        var (user, _) = await web.PersonAsync("Camille Lectrice");
        var path = $"/courriels/desabonnement/{Uri.EscapeDataString(TokenFor(user.Id, MailTopic.Updates))}";
        var anonymous = web.Anonymous();

        var page = await anonymous.GetStringAsync(path);
        Assert.Contains("Points d&#x27;étape", page);
        Assert.Contains("Me désabonner", page);
        Assert.Equal(MailFrequency.Daily, await FrequencyAsync(user.Id, MailTopic.Updates));

        var posted = await anonymous.PostAsync(path, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click"), new("depuis", "page")]));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("<h1>C'est fait</h1>", await anonymous.GetStringAsync(posted.Headers.Location!.OriginalString));
        Assert.Equal(MailFrequency.Never, await FrequencyAsync(user.Id, MailTopic.Updates));
    }

    [Fact]
    public async Task AForgedUnsubscribeLinkIsNotFound()
    {
        var anonymous = web.Anonymous();

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/courriels/desabonnement/CfDJ8-faux")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await anonymous.PostAsync("/courriels/desabonnement/CfDJ8-faux", new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]))).StatusCode);
    }

    private string TokenFor(Guid userId, MailTopic topic) => web.App.Services.GetRequiredService<IUnsubscribeTokens>().Create(userId, topic);

    private Task<MailFrequency> FrequencyAsync(Guid userId, MailTopic topic) => web.WithDbAsync(db =>
        db.MailPreferences.Where(p => p.UserId == userId && p.Topic == topic).Select(p => (MailFrequency?)p.Frequency).SingleOrDefaultAsync())
        .ContinueWith(t => t.Result ?? MailFrequency.Daily, TaskScheduler.Default);
}
