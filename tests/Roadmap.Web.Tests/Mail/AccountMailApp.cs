using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Roadmap.Application.Domain.Mail;
using Roadmap.Tests.Mail;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Mail;

/// <summary>
/// The web app sending its mails to a real SMTP server on 127.0.0.1 (<see cref="TestSmtpServer"/>),
/// with confirmed addresses required as outside Development.
/// </summary>
public sealed class AccountMailApp : WebApp, IAsyncLifetime
{
    internal TestSmtpServer Smtp { get; } = TestSmtpServer.Start();

    // UseSetting, not the factory's in-memory settings: the mail registration reads them while the app is built.
    protected override WebApplicationFactory<Program> Configure(RoadmapWebFactory root) => root.WithWebHostBuilder(b => b
        .UseSetting("Mail:Host", "127.0.0.1")
        .UseSetting("Mail:Port", Smtp.Port.ToString(CultureInfo.InvariantCulture))
        .UseSetting("Mail:Security", "None")
        .UseSetting("Mail:PollSeconds", "1")
        .UseSetting("Account:RequireConfirmedEmail", "true"));

    /// <summary>The one mail to <paramref name="address"/> with <paramref name="subject"/>, once it arrived.</summary>
    public async Task<MimeMessage> MailAsync(string address, string subject) =>
        Assert.Single(await Smtp.WaitForAsync(m => IsTo(m, address) && m.Subject == subject));

    /// <summary>How many mails of <paramref name="kind"/> the outbox holds for <paramref name="address"/> (sent or not).</summary>
    public Task<int> OutboxCountAsync(string address, MailKind kind) =>
        WithDbAsync(db => db.OutboxMails.CountAsync(m => m.ToAddress == address && m.Kind == kind));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Smtp.DisposeAsync();

    private static bool IsTo(MimeMessage message, string address) =>
        message.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase));
}
