using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Roadmap.Application.Domain.Mail;
using Roadmap.Infrastructure.Mail;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Infrastructure.Tests.Support;
using Roadmap.Tests.Mail;

namespace Roadmap.Infrastructure.Tests.Mail;

public sealed class OutboxDispatcherTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private TestSmtpServer _smtp = default!;

    public async Task InitializeAsync()
    {
        await _database.PrepareAsync(seedDemo: false);
        _smtp = TestSmtpServer.Start();
    }

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task APendingMailLeavesOnceWithItsTextAndHtmlBodies()
    {
        var mail = await WriteAsync("Votre adresse", "camille@exemple.fr");
        var dispatcher = Dispatcher();

        Assert.Equal(1, await dispatcher.DispatchAsync(CancellationToken.None));
        Assert.Equal(0, await dispatcher.DispatchAsync(CancellationToken.None));

        var received = Assert.Single(_smtp.Messages);
        Assert.Equal("Votre adresse", received.Subject);
        Assert.Equal("camille@exemple.fr", received.To.Mailboxes.Single().Address);
        Assert.Contains("Bonjour", received.TextBody, StringComparison.Ordinal);
        Assert.Contains("lang=\"fr\"", received.HtmlBody, StringComparison.Ordinal);
        Assert.NotNull(await _database.QueryAsync(db => db.OutboxMails.Where(m => m.Id == mail.Id).Select(m => m.SentAt).SingleAsync()));
    }

    private OutboxDispatcher Dispatcher()
    {
        var options = new MailOptions { Host = "127.0.0.1", Port = _smtp.Port, Security = MailSecurity.None, FromAddress = "roadmap@exemple.fr" };
        return new OutboxDispatcher(_database.Services.GetRequiredService<IServiceScopeFactory>(), new SmtpMailTransport(options), new OutboxSignal(),
            options, TimeProvider.System, NullLogger<OutboxDispatcher>.Instance);
    }

    private async Task<OutboxMail> WriteAsync(string subject, string to)
    {
        var content = new Roadmap.Application.Common.Mail.MailBuilder(subject).Greeting("Camille").Paragraph("Un message.").Build();
        var mail = OutboxMail.Write(new MailRecipient(to, "Camille", null), MailKind.PasswordReset, content, DateTimeOffset.UtcNow);
        await using var scope = _database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RoadmapDbContext>();
        db.OutboxMails.Add(mail);
        await db.SaveChangesAsync();
        return mail;
    }
}
