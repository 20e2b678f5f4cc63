using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Roadmap.Application.Common.Mail;
using Roadmap.Application.Domain.Mail;
using Roadmap.Tests.Mail;
using Roadmap.Web.Tests.Support;
using static Roadmap.Web.Tests.Support.DemoFacts;

namespace Roadmap.Web.Tests.Mail;

/// <summary>The whole path on the real app: a given-up mail, an administrator's retry, the app's worker, a real SMTP server.</summary>
public sealed class AdminOutboxSmtpTests : IAsyncLifetime
{
    private TestSmtpServer _smtp = default!;
    private WebApp _app = default!;

    public Task InitializeAsync()
    {
        _smtp = TestSmtpServer.Start();
        _app = new SmtpWebApp(_smtp.Port);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task AGivenUpMailRetriedByAnAdministratorReachesTheMailServerOnce()
    {
        const string Subject = "Réinitialiser votre mot de passe (renvoyé)";
        var mail = OutboxMail.Write(new MailRecipient("renvoi@exemple.fr", "Camille", null), MailKind.PasswordReset,
            new MailBuilder(Subject).Greeting("Camille").Paragraph("Un lien.").Build(), DateTimeOffset.UtcNow);
        for (var attempt = 0; attempt < OutboxMail.MaxAttempts; attempt++)
        {
            mail.AttemptFailed("SocketException : Connection refused", DateTimeOffset.UtcNow);
        }

        await _app.WithDbAsync(db => { db.OutboxMails.Add(mail); return db.SaveChangesAsync(); });
        using var admin = await _app.BearerAsync(Administrator);

        var retry = await admin.PostAsync($"/api/v1/admin/mails/{mail.Id}/retry", null);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var received = Assert.Single(await _smtp.WaitForAsync(m => m.Subject == Subject));
        Assert.Equal($"{mail.Id:N}@exemple.fr", received.MessageId);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(_smtp.To("renvoi@exemple.fr"));
    }

    /// <summary>
    /// The mail settings as host settings: the app reads them while it registers its services, before
    /// the factory's <c>settings</c> (app configuration) are added.
    /// </summary>
    private sealed class SmtpWebApp(int port) : WebApp(new RoadmapWebFactory())
    {
        protected override WebApplicationFactory<Program> Configure(RoadmapWebFactory root) => root.WithWebHostBuilder(b => b
            .UseSetting("Mail:Host", "127.0.0.1")
            .UseSetting("Mail:Port", port.ToString(CultureInfo.InvariantCulture))
            .UseSetting("Mail:Security", "None")
            .UseSetting("Mail:FromAddress", "roadmap@exemple.fr")
            .UseSetting("Mail:PollSeconds", "1")
            .UseSetting("Mail:ScheduleSeconds", "1"));
    }
}
